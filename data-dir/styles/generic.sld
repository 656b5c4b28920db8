<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>generic</Name>
    <UserStyle>
      <Name>generic</Name>
      <Title>Style générique</Title>
      <Abstract>Style pour tout type de géométrie : surfaces grises, lignes et points bleus.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>surfaces</Name>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#d9d9d9</CssParameter><CssParameter name="fill-opacity">0.6</CssParameter></Fill>
            <Stroke><CssParameter name="stroke">#6e6e6e</CssParameter><CssParameter name="stroke-width">0.7</CssParameter></Stroke>
          </PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>lignes</Name>
          <LineSymbolizer>
            <Stroke><CssParameter name="stroke">#3a6fb0</CssParameter><CssParameter name="stroke-width">1</CssParameter></Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>points</Name>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill><CssParameter name="fill">#3a6fb0</CssParameter></Fill>
              </Mark>
              <Size>6</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
