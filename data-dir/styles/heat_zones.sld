<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>heat_zones</Name>
    <UserStyle>
      <Name>heat_zones</Name>
      <Title>Îlots de chaleur urbains</Title>
      <Abstract>Classe d'intensité de l'îlot de chaleur (écart de température à la campagne environnante).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>classe_1</Name>
          <Title>Faible</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>classe_icu</ogc:PropertyName><ogc:Literal>1</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#fee08b</CssParameter><CssParameter name="fill-opacity">0.75</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>classe_2</Name>
          <Title>Modéré</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>classe_icu</ogc:PropertyName><ogc:Literal>2</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#fdae61</CssParameter><CssParameter name="fill-opacity">0.75</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>classe_3</Name>
          <Title>Fort</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>classe_icu</ogc:PropertyName><ogc:Literal>3</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#f46d43</CssParameter><CssParameter name="fill-opacity">0.75</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>classe_4</Name>
          <Title>Très fort</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>classe_icu</ogc:PropertyName><ogc:Literal>4</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#b2182b</CssParameter><CssParameter name="fill-opacity">0.75</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
