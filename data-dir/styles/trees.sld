<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>trees</Name>
    <UserStyle>
      <Name>trees</Name>
      <Title>Arbres urbains</Title>
      <Abstract>Arbres d'alignement et de parcs ; les arbres remarquables sont mis en évidence.</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>remarquable</Name>
          <Title>Arbre remarquable</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>remarquable</ogc:PropertyName><ogc:Literal>true</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>star</WellKnownName>
                <Fill><CssParameter name="fill">#1b7837</CssParameter></Fill>
                <Stroke><CssParameter name="stroke">#ffffff</CssParameter><CssParameter name="stroke-width">0.8</CssParameter></Stroke>
              </Mark>
              <Size>11</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>arbre</Name>
          <Title>Arbre</Title>
          <ElseFilter/>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill><CssParameter name="fill">#4daf4a</CssParameter><CssParameter name="fill-opacity">0.85</CssParameter></Fill>
                <Stroke><CssParameter name="stroke">#1b5e20</CssParameter><CssParameter name="stroke-width">0.6</CssParameter></Stroke>
              </Mark>
              <Size>6</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
