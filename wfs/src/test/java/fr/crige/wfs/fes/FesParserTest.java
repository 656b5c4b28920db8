package fr.crige.wfs.fes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.crige.core.crs.SisCrsService;
import fr.crige.core.filter.ComparisonOperator;
import fr.crige.core.filter.DistanceOperator;
import fr.crige.core.filter.Filter;
import fr.crige.core.filter.Literal;
import fr.crige.core.filter.PropertyName;
import fr.crige.core.filter.SortBy;
import fr.crige.core.filter.SpatialOperator;
import fr.crige.core.xml.SecureXml;
import fr.crige.ows.OwsException;
import fr.crige.ows.OwsExceptionCode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class FesParserTest {

    private static final String FES = "xmlns:fes=\"http://www.opengis.net/fes/2.0\" "
            + "xmlns:gml=\"http://www.opengis.net/gml/3.2\"";
    private static final SisCrsService CRS = new SisCrsService();
    private final FesParser parser = new FesParser(CRS);

    private Filter fes(String body) {
        return parser.parse("<fes:Filter " + FES + ">" + body + "</fes:Filter>");
    }

    @ParameterizedTest
    @CsvSource({
        "PropertyIsEqualTo, EQUAL_TO", "PropertyIsNotEqualTo, NOT_EQUAL_TO", "PropertyIsLessThan, LESS_THAN",
        "PropertyIsGreaterThan, GREATER_THAN", "PropertyIsLessThanOrEqualTo, LESS_THAN_OR_EQUAL_TO",
        "PropertyIsGreaterThanOrEqualTo, GREATER_THAN_OR_EQUAL_TO"})
    void comparisonOperators(String element, ComparisonOperator operator) {
        Filter f = fes("<fes:" + element + "><fes:ValueReference>cvl:population</fes:ValueReference>"
                + "<fes:Literal>1000</fes:Literal></fes:" + element + ">");
        assertThat(f).isEqualTo(new Filter.Comparison(operator, new PropertyName("population"),
                new Literal("1000"), true));
    }

    @Test
    void matchCaseFalse() {
        Filter f = fes("<fes:PropertyIsEqualTo matchCase=\"false\"><fes:ValueReference>nom</fes:ValueReference>"
                + "<fes:Literal>TOURS</fes:Literal></fes:PropertyIsEqualTo>");
        assertThat(((Filter.Comparison) f).matchCase()).isFalse();
    }

    @Test
    void likeWithItsCharacters() {
        Filter f = fes("<fes:PropertyIsLike wildCard=\"%\" singleChar=\"_\" escapeChar=\"\\\" matchCase=\"false\">"
                + "<fes:ValueReference>nom</fes:ValueReference><fes:Literal>Saint%</fes:Literal></fes:PropertyIsLike>");
        assertThat(f).isEqualTo(new Filter.Like(new PropertyName("nom"), "Saint%", '%', '_', '\\', false));
    }

    @Test
    void nullAndBetween() {
        assertThat(fes("<fes:PropertyIsNull><fes:ValueReference>siren</fes:ValueReference></fes:PropertyIsNull>"))
                .isEqualTo(Filter.isNull("siren"));
        assertThat(fes("<fes:PropertyIsBetween><fes:ValueReference>population</fes:ValueReference>"
                + "<fes:LowerBoundary><fes:Literal>10</fes:Literal></fes:LowerBoundary>"
                + "<fes:UpperBoundary><fes:Literal>20</fes:Literal></fes:UpperBoundary></fes:PropertyIsBetween>"))
                .isEqualTo(Filter.between("population", "10", "20"));
    }

    @Test
    void logicalOperators() {
        String a = "<fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference><fes:Literal>1</fes:Literal>"
                + "</fes:PropertyIsEqualTo>";
        String b = "<fes:PropertyIsNull><fes:ValueReference>b</fes:ValueReference></fes:PropertyIsNull>";
        Filter f = fes("<fes:And>" + a + "<fes:Or>" + b + "<fes:Not>" + a + "</fes:Not></fes:Or></fes:And>");
        Filter ea = Filter.equal("a", "1");
        assertThat(f).isEqualTo(Filter.and(ea, Filter.or(Filter.isNull("b"), Filter.not(ea))));
    }

    @Test
    void bboxInLambert93() {
        Filter f = fes("<fes:BBOX><fes:ValueReference>geom</fes:ValueReference><gml:Envelope srsName=\"EPSG:2154\">"
                + "<gml:lowerCorner>600000 6700000</gml:lowerCorner><gml:upperCorner>610000 6710000</gml:upperCorner>"
                + "</gml:Envelope></fes:BBOX>");
        assertThat(f).isEqualTo(new Filter.BBox(new PropertyName("geom"),
                new Envelope(600000, 610000, 6700000, 6710000), 2154));
    }

    @Test
    void urnFor4326IsLatitudeFirst() {
        Filter f = fes("<fes:BBOX><gml:Envelope srsName=\"urn:ogc:def:crs:EPSG::4326\">"
                + "<gml:lowerCorner>47 1</gml:lowerCorner><gml:upperCorner>48 2</gml:upperCorner></gml:Envelope></fes:BBOX>");
        assertThat(f).isEqualTo(new Filter.BBox(null, new Envelope(1, 2, 47, 48), 4326));
    }

    @Test
    void shortEpsgFormFor4326IsLongitudeFirst() {
        Filter f = fes("<fes:Intersects><fes:ValueReference>geom</fes:ValueReference>"
                + "<gml:Point srsName=\"EPSG:4326\"><gml:pos>1.5 47.5</gml:pos></gml:Point></fes:Intersects>");
        Filter.Spatial s = (Filter.Spatial) f;
        assertThat(s.geometry().getCoordinate()).isEqualTo(new Coordinate(1.5, 47.5));
        assertThat(s.srid()).isEqualTo(4326);
    }

    @Test
    void httpUriFor4326IsLatitudeFirstInEveryGeometry() {
        Filter f = fes("<fes:Within><fes:ValueReference>geom</fes:ValueReference>"
                + "<gml:Polygon gml:id=\"p\" srsName=\"http://www.opengis.net/def/crs/EPSG/0/4326\"><gml:exterior>"
                + "<gml:LinearRing><gml:posList>47 1 47 2 48 2 47 1</gml:posList></gml:LinearRing>"
                + "</gml:exterior></gml:Polygon></fes:Within>");
        Polygon p = (Polygon) ((Filter.Spatial) f).geometry();
        assertThat(p.getExteriorRing().getCoordinateN(1)).isEqualTo(new Coordinate(2, 47));
    }

    @ParameterizedTest
    @CsvSource({"Intersects, INTERSECTS", "Within, WITHIN", "Contains, CONTAINS", "Disjoint, DISJOINT",
        "Touches, TOUCHES", "Crosses, CROSSES", "Overlaps, OVERLAPS", "Equals, EQUALS"})
    void spatialOperators(String element, SpatialOperator operator) {
        Filter f = fes("<fes:" + element + "><fes:ValueReference>geom</fes:ValueReference>"
                + "<gml:LineString><gml:posList>0 0 10 10 20 0</gml:posList></gml:LineString></fes:" + element + ">");
        Filter.Spatial s = (Filter.Spatial) f;
        assertThat(s.operator()).isEqualTo(operator);
        assertThat(s.srid()).isZero();
        assertThat(s.geometry().getNumPoints()).isEqualTo(3);
    }

    @Test
    void spatialOperatorWithAnEnvelope() {
        Filter f = fes("<fes:Intersects><gml:Envelope><gml:lowerCorner>0 0</gml:lowerCorner>"
                + "<gml:upperCorner>1 2</gml:upperCorner></gml:Envelope></fes:Intersects>");
        assertThat(((Filter.Spatial) f).geometry().getEnvelopeInternal()).isEqualTo(new Envelope(0, 1, 0, 2));
    }

    @Test
    void distanceOperatorsWithUnits() {
        Filter d = fes("<fes:DWithin><fes:ValueReference>geom</fes:ValueReference><gml:Point srsName=\"EPSG:2154\">"
                + "<gml:pos>600000 6700000</gml:pos></gml:Point><fes:Distance uom=\"km\">1.5</fes:Distance></fes:DWithin>");
        Filter.Distance dw = (Filter.Distance) d;
        assertThat(dw.operator()).isEqualTo(DistanceOperator.DWITHIN);
        assertThat(dw.distance()).isEqualTo(1.5);
        assertThat(dw.units()).isEqualTo("km");
        Filter b = fes("<fes:Beyond><gml:Point><gml:pos>1 2</gml:pos></gml:Point>"
                + "<fes:Distance uom=\"m\">10</fes:Distance></fes:Beyond>");
        assertThat(((Filter.Distance) b).operator()).isEqualTo(DistanceOperator.BEYOND);
    }

    @Test
    void multiGeometries() {
        Filter mp = fes("<fes:Intersects><gml:MultiPoint><gml:pointMember><gml:Point><gml:pos>1 2</gml:pos>"
                + "</gml:Point></gml:pointMember><gml:pointMembers><gml:Point><gml:pos>3 4</gml:pos></gml:Point>"
                + "<gml:Point><gml:pos>5 6</gml:pos></gml:Point></gml:pointMembers></gml:MultiPoint></fes:Intersects>");
        assertThat(((Filter.Spatial) mp).geometry()).isInstanceOf(MultiPoint.class);
        assertThat(((Filter.Spatial) mp).geometry().getNumGeometries()).isEqualTo(3);
        Filter mc = fes("<fes:Intersects><gml:MultiCurve><gml:curveMember><gml:LineString><gml:posList>0 0 1 1"
                + "</gml:posList></gml:LineString></gml:curveMember></gml:MultiCurve></fes:Intersects>");
        assertThat(((Filter.Spatial) mc).geometry()).isInstanceOf(MultiLineString.class);
        Filter ms = fes("<fes:Intersects><gml:MultiSurface><gml:surfaceMember><gml:Polygon><gml:exterior>"
                + "<gml:LinearRing><gml:posList>0 0 1 0 1 1 0 0</gml:posList></gml:LinearRing></gml:exterior>"
                + "<gml:interior><gml:LinearRing><gml:pos>0.1 0.1</gml:pos><gml:pos>0.5 0.1</gml:pos>"
                + "<gml:pos>0.5 0.2</gml:pos><gml:pos>0.1 0.1</gml:pos></gml:LinearRing></gml:interior>"
                + "</gml:Polygon></gml:surfaceMember></gml:MultiSurface></fes:Intersects>");
        MultiPolygon poly = (MultiPolygon) ((Filter.Spatial) ms).geometry();
        assertThat(((Polygon) poly.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void resourceIds() {
        assertThat(fes("<fes:ResourceId rid=\"communes.1\"/><fes:ResourceId rid=\"communes.2\"/>"))
                .isEqualTo(new Filter.ResourceId(Set.of("communes.1", "communes.2")));
    }

    @Test
    void filterEncoding11WithGml311() {
        Filter f = parser.parse("<ogc:Filter xmlns:ogc=\"http://www.opengis.net/ogc\" "
                + "xmlns:gml=\"http://www.opengis.net/gml\"><ogc:And>"
                + "<ogc:PropertyIsLike wildCard=\"*\" singleChar=\".\" escape=\"!\"><ogc:PropertyName>nom</ogc:PropertyName>"
                + "<ogc:Literal>T*</ogc:Literal></ogc:PropertyIsLike>"
                + "<ogc:BBOX><ogc:PropertyName>geom</ogc:PropertyName><gml:Box srsName=\"EPSG:2154\">"
                + "<gml:coordinates>1,2 3,4</gml:coordinates></gml:Box></ogc:BBOX>"
                + "<ogc:DWithin><ogc:PropertyName>geom</ogc:PropertyName><gml:Point><gml:coordinates>5,6"
                + "</gml:coordinates></gml:Point><ogc:Distance units=\"m\">3</ogc:Distance></ogc:DWithin>"
                + "</ogc:And></ogc:Filter>");
        List<Filter> children = ((Filter.And) f).children();
        assertThat(children.get(0)).isEqualTo(new Filter.Like(new PropertyName("nom"), "T*", '*', '.', '!', true));
        assertThat(children.get(1)).isEqualTo(new Filter.BBox(new PropertyName("geom"), new Envelope(1, 3, 2, 4), 2154));
        assertThat(((Filter.Distance) children.get(2)).units()).isEqualTo("m");
        Filter ids = parser.parse("<ogc:Filter xmlns:ogc=\"http://www.opengis.net/ogc\" "
                + "xmlns:gml=\"http://www.opengis.net/gml\"><ogc:FeatureId fid=\"a.1\"/>"
                + "<ogc:GmlObjectId gml:id=\"a.2\"/></ogc:Filter>");
        assertThat(ids).isEqualTo(Filter.ids("a.1", "a.2"));
    }

    @Test
    void filterWithoutNamespacesAsTypedInUrls() {
        assertThat(parser.parse("<Filter><PropertyIsEqualTo><PropertyName>nom</PropertyName>"
                + "<Literal>Tours</Literal></PropertyIsEqualTo></Filter>")).isEqualTo(Filter.equal("nom", "Tours"));
    }

    @Test
    void sortBy() throws Exception {
        XMLStreamReader r = SecureXml.newXMLInputFactory().createXMLStreamReader(new StringReader(
                "<fes:SortBy " + FES + "><fes:SortProperty><fes:ValueReference>cvl:nom</fes:ValueReference>"
                        + "</fes:SortProperty><fes:SortProperty><fes:ValueReference>population</fes:ValueReference>"
                        + "<fes:SortOrder>DESC</fes:SortOrder></fes:SortProperty></fes:SortBy>"));
        r.nextTag();
        assertThat(parser.parseSortBy(r)).containsExactly(SortBy.asc("nom"), SortBy.desc("population"));
    }

    @Test
    void xpathIsNotInterpretedButKeptForTheStoreToRefuse() {
        assertThat(FesParser.propertyName("cvl:nom")).isEqualTo("nom");
        assertThat(FesParser.propertyName("cvl:communes/cvl:nom")).isEqualTo("cvl:communes/cvl:nom");
        assertThat(FesParser.propertyName("nom[1]")).isEqualTo("nom[1]");
    }

    @Test
    void temporalOperatorsBecomeComparisons() {
        PropertyName d = new PropertyName("d");
        Filter after = fes("<fes:After><fes:ValueReference>d</fes:ValueReference><gml:TimeInstant gml:id=\"t\">"
                + "<gml:timePosition>2020-05-01T10:00:00+02:00</gml:timePosition></gml:TimeInstant></fes:After>");
        assertThat(after).isEqualTo(new Filter.Comparison(ComparisonOperator.GREATER_THAN, d,
                new Literal(java.time.OffsetDateTime.parse("2020-05-01T10:00:00+02:00")), true));
        String period = "<gml:TimePeriod gml:id=\"p\"><gml:beginPosition>2020-01-01</gml:beginPosition>"
                + "<gml:endPosition>2020-12-31</gml:endPosition></gml:TimePeriod>";
        Literal begin = new Literal(java.time.LocalDate.of(2020, 1, 1));
        Literal end = new Literal(java.time.LocalDate.of(2020, 12, 31));
        assertThat(fes("<fes:During><fes:ValueReference>d</fes:ValueReference>" + period + "</fes:During>"))
                .isEqualTo(new Filter.And(List.of(
                        new Filter.Comparison(ComparisonOperator.GREATER_THAN, d, begin, true),
                        new Filter.Comparison(ComparisonOperator.LESS_THAN, d, end, true))));
        assertThat(fes("<fes:Before><fes:ValueReference>d</fes:ValueReference>" + period + "</fes:Before>"))
                .isEqualTo(new Filter.Comparison(ComparisonOperator.LESS_THAN, d, begin, true));
        String nested = "<gml:TimePeriod><gml:begin><gml:TimeInstant><gml:timePosition>2020-01-01T00:00:00"
                + "</gml:timePosition></gml:TimeInstant></gml:begin><gml:end><gml:TimeInstant><gml:timePosition>"
                + "2020-12-31</gml:timePosition></gml:TimeInstant></gml:end></gml:TimePeriod>";
        assertThat(fes("<fes:After><fes:ValueReference>d</fes:ValueReference>" + nested + "</fes:After>"))
                .isEqualTo(new Filter.Comparison(ComparisonOperator.GREATER_THAN, d, end, true));
        assertThat(fes("<fes:TEquals><fes:ValueReference>d</fes:ValueReference><fes:Literal>2020-02-03"
                + "</fes:Literal></fes:TEquals>")).isEqualTo(new Filter.Comparison(ComparisonOperator.EQUAL_TO, d,
                        new Literal(java.time.LocalDate.of(2020, 2, 3)), true));
    }

    @Test
    void literalsHoldingElementsCannotBeProcessed() {
        assertThatThrownBy(() -> fes("<fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference>"
                + "<fes:Literal><b/></fes:Literal></fes:PropertyIsEqualTo>"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PROCESSING_FAILED);
                    assertThat(e.locator()).isEqualTo("filter");
                });
    }

    @Test
    void gmlPrefixedReferencesAreStandardPropertiesAndNilNeverHolds() {
        Filter f = fes("<fes:PropertyIsNull><fes:ValueReference xmlns:g=\"http://www.opengis.net/gml/3.2\">"
                + "g:name</fes:ValueReference></fes:PropertyIsNull>");
        assertThat(f).isEqualTo(new Filter.IsNull(new PropertyName("gml:name")));
        assertThat(GmlStandardProperties.resolve(f)).isEqualTo(Filter.INCLUDE);
        Filter like = fes("<fes:PropertyIsLike wildCard=\"*\" singleChar=\".\" escapeChar=\"!\">"
                + "<fes:ValueReference xmlns:gml=\"http://www.opengis.net/gml/3.2\">gml:description"
                + "</fes:ValueReference><fes:Literal>x*</fes:Literal></fes:PropertyIsLike>");
        assertThat(GmlStandardProperties.resolve(new Filter.Not(like))).isEqualTo(new Filter.Not(Filter.EXCLUDE));
        Filter prefixed = fes("<fes:PropertyIsNull><fes:ValueReference xmlns:c=\"urn:c\">c:nom</fes:ValueReference>"
                + "</fes:PropertyIsNull>");
        assertThat(prefixed).isEqualTo(new Filter.IsNull(new PropertyName("nom")));
        assertThat(fes("<fes:PropertyIsNil><fes:ValueReference>nom</fes:ValueReference></fes:PropertyIsNil>"))
                .isEqualTo(Filter.EXCLUDE);
        assertThatThrownBy(() -> fes("<fes:PropertyIsNull><fes:ValueReference xmlns:gml=\"http://www.opengis.net/"
                + "gml/3.2\">gml:foo</fes:ValueReference></fes:PropertyIsNull>"))
                .isInstanceOf(OwsException.class).hasMessageContaining("gml:foo");
    }

    @Test
    void malformedXmlIsOperationParsingFailed() {
        assertThatThrownBy(() -> parser.parse("<fes:Filter " + FES + "><fes:And>"))
                .isInstanceOfSatisfying(OwsException.class, e -> {
                    assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PARSING_FAILED);
                    assertThat(e.locator()).isEqualTo("filter");
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<fes:Foo/>|Unknown filter operator Foo",
        "<fes:After><fes:ValueReference>d</fes:ValueReference></fes:After>|needs a ValueReference and a GML time",
        "<fes:Meets><fes:ValueReference>d</fes:ValueReference><fes:Literal>2020-01-01</fes:Literal></fes:Meets>|Temporal operator Meets is not supported",
        "<fes:During><fes:ValueReference>d</fes:ValueReference><gml:TimeInstant><gml:timePosition>2020-01-01</gml:timePosition></gml:TimeInstant></fes:During>|During needs a gml:TimePeriod",
        "<fes:After><fes:ValueReference>d</fes:ValueReference><gml:TimeInstant><gml:timePosition>yesterday</gml:timePosition></gml:TimeInstant></fes:After>|not an ISO 8601",
        "<fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsEqualTo>|two operands",
        "<fes:PropertyIsEqualTo><fes:Function name=\"x\"/><fes:Literal>1</fes:Literal></fes:PropertyIsEqualTo>|functions",
        "<fes:PropertyIsLike wildCard=\"**\" singleChar=\".\" escapeChar=\"!\"><fes:ValueReference>a</fes:ValueReference><fes:Literal>x</fes:Literal></fes:PropertyIsLike>|one-character wildCard",
        "<fes:BBOX><fes:ValueReference>g</fes:ValueReference></fes:BBOX>|needs a GML geometry",
        "<fes:BBOX><gml:Envelope srsName=\"EPSG:999999\"><gml:lowerCorner>0 0</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></fes:BBOX>|Unsupported srsName",
        "<fes:BBOX><gml:Envelope><gml:lowerCorner>0 x</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></fes:BBOX>|not a coordinate",
        "<fes:BBOX><gml:Envelope><gml:lowerCorner>5 5</gml:lowerCorner><gml:upperCorner>1 1</gml:upperCorner></gml:Envelope></fes:BBOX>|must not exceed",
        "<fes:Intersects><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList>0 0 1 0 1 1 2 2</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></fes:Intersects>|Invalid GML Polygon",
        "<fes:Intersects><gml:Curve/></fes:Intersects>|Unsupported GML geometry Curve",
        "<fes:DWithin><gml:Point><gml:pos>0 0</gml:pos></gml:Point><fes:Distance>-1</fes:Distance></fes:DWithin>|non-negative",
        "<fes:ResourceId rid=\"a.1\"/><fes:PropertyIsNull><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsNull>|cannot be mixed"})
    void invalidFiltersAreInvalidParameterValue(String body, String message) {
        assertThatThrownBy(() -> fes(body)).isInstanceOfSatisfying(OwsException.class, e -> {
            assertThat(e.code()).isEqualTo(OwsExceptionCode.INVALID_PARAMETER_VALUE);
            assertThat(e.locator()).isEqualTo("filter");
            assertThat(e.getMessage()).containsIgnoringCase(message);
        });
    }

    @Test
    void deepNestingIsRefused() {
        String leaf = "<fes:PropertyIsNull><fes:ValueReference>a</fes:ValueReference></fes:PropertyIsNull>";
        String nested = "<fes:Not>".repeat(FesParser.MAX_DEPTH + 5) + leaf + "</fes:Not>".repeat(FesParser.MAX_DEPTH + 5);
        assertThatThrownBy(() -> fes(nested)).isInstanceOfSatisfying(OwsException.class,
                e -> assertThat(e.getMessage()).contains("deeper"));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<fes:Filter " + FES + "><fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference>"
                + "<fes:Literal>&x;</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        assertThatThrownBy(() -> parser.parse(xxe)).isInstanceOfSatisfying(OwsException.class, e -> {
            assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PARSING_FAILED);
            assertThat(e.getMessage()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE f [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<fes:Filter " + FES + "><fes:PropertyIsEqualTo><fes:ValueReference>a</fes:ValueReference>"
                + "<fes:Literal>&b;</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
        assertThatThrownBy(() -> parser.parse(laughs)).isInstanceOfSatisfying(OwsException.class,
                e -> assertThat(e.code()).isEqualTo(OwsExceptionCode.OPERATION_PARSING_FAILED));
    }
}
