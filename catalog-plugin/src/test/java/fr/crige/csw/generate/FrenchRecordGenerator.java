package fr.crige.csw.generate;

import fr.crige.csw.CswNamespaces;
import fr.crige.csw.generate.FrenchPlaces.Commune;
import fr.crige.csw.generate.RecordSubjects.Scale;
import fr.crige.csw.generate.RecordSubjects.Subject;
import fr.crige.csw.publish.Anchor;
import fr.crige.csw.publish.InspireTheme;
import fr.crige.csw.publish.IsoXmlWriter;
import fr.crige.csw.publish.IsoXmlWriter.OnlineResource;
import fr.crige.csw.record.MetadataRecord;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.locationtech.jts.geom.Envelope;

/**
 * Generates realistic ISO 19139 records of a French regional catalogue, reproducibly: the record at a given
 * index depends only on the seed and the index, so a test or a benchmark can regenerate any record, or the
 * same catalogue, without storing it.
 *
 * <p>Records describe what communes, EPCI, départements, régions, DREAL and agencies publish ("Plan local
 * d'urbanisme de Tours", "Îlots de chaleur urbains — Orléans Métropole", "Zones inondables du bassin de la
 * Loire"), with a French abstract, an INSPIRE theme keyword citing the GEMET thesaurus, free keywords, the ISO
 * topic category, citation dates, a resource identifier, a bounding box inside metropolitan France sized by
 * the territory, access and use constraints, and WMS/WFS online resources. Resource types come in the
 * proportions of a regional catalogue: mostly datasets, some series, services and non-geographic datasets;
 * services are {@code srv:SV_ServiceIdentification}. Every record is valid against the ISO 19139 schemas
 * (gmd, gmx and srv); {@code FrenchRecordGeneratorTest} checks it. The ISO constructs are written by the
 * catalogue's own {@link IsoXmlWriter}, as the records it generates for published layers.
 */
public final class FrenchRecordGenerator {

    private static final Anchor NO_LIMITATIONS = new Anchor(
            "http://inspire.ec.europa.eu/metadata-codelist/LimitationsOnPublicAccess/noLimitations",
            "Pas de restriction d'accès public");
    private static final List<String> LICENCES = List.of("Licence Ouverte / Open Licence version 2.0",
            "Open Database License (ODbL) 1.0", "Licence Ouverte version 2.0 (Etalab)");
    private static final List<String> AGENCIES = List.of("Office français de la biodiversité", "Cerema", "BRGM",
            "Agence de l'eau Loire-Bretagne", "Agence de l'eau Seine-Normandie", "Agence de l'eau Rhône "
                    + "Méditerranée Corse", "ADEME", "Météo-France", "IGN");
    private static final Set<String> FEMININE = Set.of("Somme", "Marne", "Sarthe", "Vienne", "Haute-Vienne",
            "Charente", "Charente-Maritime", "Dordogne", "Gironde", "Moselle", "Meurthe-et-Moselle",
            "Seine-Maritime", "Loire", "Loire-Atlantique", "Drôme", "Savoie", "Haute-Savoie", "Haute-Garonne",
            "Haute-Corse", "Côte-d'Or", "Corse-du-Sud", "Manche", "Mayenne", "Nièvre", "Creuse");

    private final long seed;

    public FrenchRecordGenerator(long seed) {
        this.seed = seed;
    }

    /** The record at this index, of a resource type drawn in a regional catalogue's proportions. */
    public MetadataRecord record(int index) {
        SplittableRandom random = random(index);
        int draw = random.nextInt(100);
        String type = draw < 80 ? "dataset" : draw < 87 ? "series" : draw < 93 ? "service" : "nonGeographicDataset";
        return write(random, type);
    }

    /**
     * The record at this index with the given hierarchy level: one of the four harvested resource types, or
     * any other scope code (such as {@code model}), written as a data description.
     */
    public MetadataRecord record(int index, String hierarchyLevel) {
        SplittableRandom random = random(index);
        random.nextInt(100);
        return write(random, hierarchyLevel);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    private MetadataRecord write(SplittableRandom random, String type) {
        String id = uuid(random);
        Subject subject = pick(random, switch (type) {
            case "series" -> RecordSubjects.SERIES;
            case "nonGeographicDataset" -> RecordSubjects.NON_GEOGRAPHIC;
            default -> RecordSubjects.DATASETS;
        });
        Commune commune = pick(random, FrenchPlaces.COMMUNES);
        String organisation = organisation(random, "service".equals(type) ? Scale.REGION : subject.scale(),
                commune);
        Dates dates = Dates.draw(random);
        try {
            IsoXmlWriter x = new IsoXmlWriter();
            x.startMetadata();
            x.string("fileIdentifier", id);
            x.language("language", "fre");
            x.code("characterSet", "MD_CharacterSetCode", "utf8");
            x.code("hierarchyLevel", "MD_ScopeCode", type);
            if ("service".equals(type)) {
                x.string("hierarchyLevelName", "service");
            }
            party(x, "contact", organisation, "pointOfContact");
            x.start("dateStamp");
            x.gco("DateTime", dates.stamp());
            x.end();
            x.string("metadataStandardName", "ISO 19115:2003/19139");
            x.string("metadataStandardVersion", "1.0");
            if (!"nonGeographicDataset".equals(type)) {
                x.referenceSystem(random.nextInt(10) < 8 ? "EPSG:2154" : "EPSG:4326");
            }
            Envelope box = extent(random, subject.scale(), commune);
            String platform = "https://data.geo." + slug(commune.region()) + ".fr";
            if ("service".equals(type)) {
                boolean wms = random.nextBoolean();
                service(x, random, wms, organisation, commune, dates, platform);
                distribution(x, List.of(new OnlineResource(platform + "/geoserver/ows?SERVICE=" + (wms ? "WMS" : "WFS")
                        + "&REQUEST=GetCapabilities", wms ? "OGC:WMS" : "OGC:WFS", null, null, "information")));
            } else {
                String title = title(random, subject, commune);
                data(x, random, type, subject, title, organisation, dates, id, platform,
                        "nonGeographicDataset".equals(type) ? null : box);
                distribution(x, links(random, type, subject, title, commune, platform));
                quality(x, random, type, subject, organisation);
            }
            x.end();
            return new MetadataRecord(id, x.finish());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a generated record", e);
        }
    }

    private static void data(IsoXmlWriter x, SplittableRandom random, String type, Subject subject, String title,
            String organisation, Dates dates, String id, String platform, Envelope box) throws XMLStreamException {
        x.start("identificationInfo");
        x.start("MD_DataIdentification");
        citation(x, title, dates, platform + "/id/", uuid(random));
        x.string("abstract", abstractOf(random, subject, organisation, dates));
        party(x, "pointOfContact", organisation, random.nextBoolean() ? "custodian" : "owner");
        keywords(x, subject);
        constraints(x, random);
        x.code("spatialRepresentationType", "MD_SpatialRepresentationTypeCode", subject.grid() ? "grid" : "vector");
        x.start("spatialResolution");
        x.start("MD_Resolution");
        if (subject.grid()) {
            x.start("distance");
            x.stax().writeStartElement("gco", "Distance", CswNamespaces.GCO);
            x.stax().writeAttribute("uom", "m");
            x.stax().writeCharacters(String.valueOf(pick(random, List.of("0.2", "0.5", "5", "10", "25"))));
            x.end();
            x.end();
        } else {
            x.start("equivalentScale");
            x.start("MD_RepresentativeFraction");
            x.start("denominator");
            x.gco("Integer", String.valueOf(pick(random, List.of(1000, 2000, 5000, 10000, 25000, 50000))));
            x.end();
            x.end();
            x.end();
        }
        x.end();
        x.end();
        x.language("language", "fre");
        x.code("characterSet", "MD_CharacterSetCode", "utf8");
        x.start("topicCategory");
        x.start("MD_TopicCategoryCode");
        x.stax().writeCharacters(subject.topicCategory());
        x.end();
        x.end();
        if (box != null) {
            x.extent(CswNamespaces.GMD, "gmd", box);
        }
        x.end();
        x.end();
    }

    private static void service(IsoXmlWriter x, SplittableRandom random, boolean wms, String organisation,
            Commune commune, Dates dates, String platform) throws XMLStreamException {
        String title = (wms ? "Service de visualisation WMS" : "Service de téléchargement WFS") + " — "
                + organisation;
        x.start("identificationInfo");
        x.startSrv("SV_ServiceIdentification");
        citation(x, title, dates, platform + "/id/service/", uuid(random));
        x.string("abstract", (wms ? "Service de visualisation" : "Service de téléchargement simple")
                + " des données géographiques publiées par " + organisation + " sur la plate-forme régionale "
                + commune.region() + ". " + (wms ? "Les couches sont consultables en WMS 1.3.0."
                        : "Les objets sont téléchargeables en WFS 2.0.0, au format GML ou GeoJSON."));
        party(x, "pointOfContact", organisation, "custodian");
        x.start("descriptiveKeywords");
        x.start("MD_Keywords");
        x.string("keyword", wms ? "infoMapAccessService" : "infoFeatureAccessService");
        x.string("keyword", wms ? "service de visualisation" : "service de téléchargement");
        x.end();
        x.end();
        constraints(x, random);
        x.startSrv("serviceType");
        x.gco("LocalName", wms ? "view" : "download");
        x.end();
        x.srvString("serviceTypeVersion", wms ? "1.3.0" : "2.0.0");
        x.extent(CswNamespaces.SRV, "srv", extent(random, Scale.REGION, commune));
        x.startSrv("couplingType");
        x.codeValue(CswNamespaces.SRV, "srv", "SV_CouplingType", "loose");
        x.end();
        x.startSrv("containsOperations");
        x.startSrv("SV_OperationMetadata");
        x.srvString("operationName", "GetCapabilities");
        x.startSrv("DCP");
        x.codeValue(CswNamespaces.SRV, "srv", "DCPList", "WebServices");
        x.end();
        x.onlineResourceIn(CswNamespaces.SRV, "srv", "connectPoint", new OnlineResource(platform
                + "/geoserver/ows?SERVICE=" + (wms ? "WMS" : "WFS") + "&REQUEST=GetCapabilities",
                wms ? "OGC:WMS" : "OGC:WFS", null, null, "information"));
        x.end();
        x.end();
        x.end();
        x.end();
    }

    private static void citation(IsoXmlWriter x, String title, Dates dates, String codeSpace, String code)
            throws XMLStreamException {
        x.start("citation");
        x.start("CI_Citation");
        x.string("title", title);
        x.citationDate(dates.creation(), "creation");
        x.citationDate(dates.revision(), "revision");
        x.resourceIdentifier(code, codeSpace);
        x.end();
        x.end();
    }

    /** Free keywords, then the INSPIRE theme citing the GEMET thesaurus as validators expect it. */
    private static void keywords(IsoXmlWriter x, Subject subject) throws XMLStreamException {
        x.start("descriptiveKeywords");
        x.start("MD_Keywords");
        for (String keyword : subject.keywords()) {
            x.string("keyword", keyword);
        }
        x.code("type", "MD_KeywordTypeCode", "theme");
        x.end();
        x.end();
        InspireTheme theme = subject.theme();
        if (theme == null) {
            return;
        }
        x.start("descriptiveKeywords");
        x.start("MD_Keywords");
        x.anchor("keyword", theme.keyword());
        x.code("type", "MD_KeywordTypeCode", "theme");
        x.start("thesaurusName");
        x.start("CI_Citation");
        x.string("title", InspireTheme.THESAURUS);
        x.citationDate(InspireTheme.THESAURUS_DATE, "publication");
        x.end();
        x.end();
        x.end();
        x.end();
    }

    private static void constraints(IsoXmlWriter x, SplittableRandom random) throws XMLStreamException {
        x.start("resourceConstraints");
        x.start("MD_LegalConstraints");
        x.string("useLimitation", pick(random, LICENCES));
        x.code("accessConstraints", "MD_RestrictionCode", "otherRestrictions");
        x.anchor("otherConstraints", NO_LIMITATIONS);
        x.end();
        x.end();
    }

    private static void distribution(IsoXmlWriter x, List<OnlineResource> links) throws XMLStreamException {
        x.start("distributionInfo");
        x.start("MD_Distribution");
        x.start("transferOptions");
        x.start("MD_DigitalTransferOptions");
        for (OnlineResource link : links) {
            x.onlineResource("onLine", link);
        }
        x.end();
        x.end();
        x.end();
        x.end();
    }

    private static void quality(IsoXmlWriter x, SplittableRandom random, String type, Subject subject,
            String organisation) throws XMLStreamException {
        x.start("dataQualityInfo");
        x.start("DQ_DataQuality");
        x.start("scope");
        x.start("DQ_Scope");
        x.code("level", "MD_ScopeCode", type);
        x.end();
        x.end();
        x.start("lineage");
        x.start("LI_Lineage");
        x.string("statement", pick(random, List.of("Données produites par ", "Numérisation réalisée par ",
                "Compilation assurée par ")) + organisation + " à partir de "
                + pick(random, List.of("relevés de terrain", "la BD TOPO® de l'IGN", "l'orthophotographie la plus "
                        + "récente", "documents d'urbanisme numérisés au standard CNIG", "données de l'Insee",
                        "données des services de l'État")) + ". " + (subject.grid()
                                ? "Rééchantillonnage et mosaïquage automatiques, contrôle visuel."
                                : "Contrôle topologique et vérification visuelle."));
        x.end();
        x.end();
        x.end();
        x.end();
    }

    private static List<OnlineResource> links(SplittableRandom random, String type, Subject subject, String title,
            Commune commune, String platform) {
        List<OnlineResource> links = new ArrayList<>();
        String layer = "d" + commune.departementCode().toLowerCase(Locale.ROOT) + ":" + slug(title)
                .replace('-', '_');
        if (!"nonGeographicDataset".equals(type)) {
            int draw = random.nextInt(100);
            if (draw < 85) {
                links.add(new OnlineResource(platform + "/geoserver/wms?SERVICE=WMS&REQUEST=GetCapabilities",
                        "OGC:WMS", layer, null, "information"));
            }
            if (draw < 70 && !subject.grid()) {
                links.add(new OnlineResource(platform + "/geoserver/wfs?SERVICE=WFS&REQUEST=GetCapabilities",
                        "OGC:WFS", layer, null, "download"));
            }
        }
        if (links.isEmpty() || random.nextInt(100) < 30) {
            links.add(new OnlineResource(platform + "/telechargement/" + slug(title) + ".zip",
                    "WWW:DOWNLOAD-1.0-http--download", null, null, "download"));
        }
        return links;
    }

    /** A responsible party whose e-mail address is derived from its name. */
    private static void party(IsoXmlWriter x, String property, String organisation, String role)
            throws XMLStreamException {
        x.responsibleParty(property, organisation, "sig@" + slug(organisation) + ".fr", role);
    }

    private static String title(SplittableRandom random, Subject subject, Commune commune) {
        String place = switch (subject.scale()) {
            case COMMUNE -> of(commune.name());
            case EPCI -> "— " + commune.epci();
            case DEPARTEMENT -> "— " + commune.departement() + " (" + commune.departementCode() + ")";
            case REGION -> "— " + commune.region();
            case BASIN -> "du bassin " + pick(random, FrenchPlaces.RIVER_BASINS);
        };
        String title = subject.title().replace("{place}", place);
        return random.nextInt(100) < 30 ? title + " (" + (2012 + random.nextInt(14)) + ")" : title;
    }

    private static String abstractOf(SplittableRandom random, Subject subject, String organisation, Dates dates) {
        return subject.purpose() + " " + pick(random, List.of("Données produites et tenues à jour par ",
                "Jeu de données diffusé par ", "Données gérées par ")) + organisation + ". "
                + pick(random, List.of("Mise à jour annuelle.", "Mise à jour en continu.",
                        "Mise à jour à chaque révision du document.", "Mise à jour irrégulière."))
                + " Première diffusion en " + dates.creation().substring(0, 4) + "."
                + (random.nextInt(3) == 0 ? " Précision métrique ; les limites sont indicatives à grande échelle."
                        : "");
    }

    private static String organisation(SplittableRandom random, Scale scale, Commune commune) {
        return switch (scale) {
            case COMMUNE -> (random.nextBoolean() ? "Ville " : "Commune ") + of(commune.name());
            case EPCI -> commune.epci();
            case DEPARTEMENT -> random.nextInt(3) == 0 ? "DDT " + commune.departementCode()
                    : "Conseil départemental " + ofDepartement(commune.departement());
            case REGION -> switch (random.nextInt(4)) {
                case 0 -> "Région " + commune.region();
                case 1, 2 -> "DREAL " + commune.region();
                default -> pick(random, AGENCIES);
            };
            case BASIN -> random.nextBoolean() ? "DREAL " + commune.region() : pick(random, AGENCIES);
        };
    }

    /** A box around the commune, sized by the territory, inside France, in longitude/latitude. */
    private static Envelope extent(SplittableRandom random, Scale scale, Commune commune) {
        double[] half = switch (scale) {
            case COMMUNE -> new double[] {0.03, 0.09};
            case EPCI -> new double[] {0.12, 0.35};
            case DEPARTEMENT -> new double[] {0.4, 0.7};
            case REGION -> new double[] {1.2, 2.0};
            case BASIN -> new double[] {0.8, 2.5};
        };
        double dx = half[0] + random.nextDouble() * (half[1] - half[0]);
        double dy = dx * (0.6 + random.nextDouble() * 0.3);
        double lon = commune.lon() + (random.nextDouble() - 0.5) * dx * 0.4;
        double lat = commune.lat() + (random.nextDouble() - 0.5) * dy * 0.4;
        double[] france = FrenchPlaces.METROPOLE;
        return new Envelope(Math.max(france[0], lon - dx), Math.min(france[2], lon + dx),
                Math.max(france[1], lat - dy), Math.min(france[3], lat + dy));
    }

    /** "de Tours", "d'Orléans", "du Mans", "des Sables-d'Olonne". */
    static String of(String name) {
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        return "AEÉÈIÎOUY".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 ? "d'" + name : "de " + name;
    }

    /** "du Loiret", "de l'Indre", "de la Sarthe", "des Yvelines". */
    private static String ofDepartement(String name) {
        if (name.equals("Paris")) {
            return "de Paris";
        }
        if (name.startsWith("Bouches") || name.startsWith("Alpes") || name.startsWith("Hautes-")
                || name.startsWith("Pyrénées") || name.equals("Yvelines")) {
            return "des " + name;
        }
        if ("AEÉIOUY".indexOf(name.charAt(0)) >= 0) {
            return "de l'" + name;
        }
        return (FEMININE.contains(name) ? "de la " : "du ") + name;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return ascii.length() > 60 ? ascii.substring(0, 60).replaceAll("-$", "") : ascii;
    }

    private static String uuid(SplittableRandom random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Creation, last revision and metadata stamp, in this order in time. */
    private record Dates(String creation, String revision, String stamp) {
        static Dates draw(SplittableRandom random) {
            LocalDate creation = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(16 * 365));
            LocalDate revision = creation.plusDays(random.nextInt(3 * 365));
            LocalDate last = LocalDate.of(2025, 12, 31);
            if (revision.isAfter(last)) {
                revision = last;
            }
            LocalDate stamp = revision.plusDays(random.nextInt(60));
            return new Dates(creation.toString(), revision.toString(), stamp + String.format(Locale.ROOT,
                    "T%02d:%02d:%02d", 7 + random.nextInt(11), random.nextInt(60), random.nextInt(60)));
        }
    }
}
