<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>roads</Name>
    <UserStyle>
      <Name>roads</Name>
      <Title>Tronçons de route</Title>
      <Abstract>Réseau routier par importance (1 : autoroutes ... 5 : chemins).</Abstract>
      <FeatureTypeStyle>
        <Rule>
          <Name>importance_5</Name>
          <Title>Importance 5 (chemins, dessertes)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>importance</ogc:PropertyName><ogc:Literal>5</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <MaxScaleDenominator>100000</MaxScaleDenominator>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#bdbdbd</CssParameter>
              <CssParameter name="stroke-width">0.6</CssParameter>
              <CssParameter name="stroke-linecap">round</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>importance_4</Name>
          <Title>Importance 4 (routes locales)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>importance</ogc:PropertyName><ogc:Literal>4</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <MaxScaleDenominator>400000</MaxScaleDenominator>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#9e9e9e</CssParameter>
              <CssParameter name="stroke-width">0.8</CssParameter>
              <CssParameter name="stroke-linecap">round</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>importance_3</Name>
          <Title>Importance 3 (routes départementales)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>importance</ogc:PropertyName><ogc:Literal>3</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>

          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#f2c94c</CssParameter>
              <CssParameter name="stroke-width">1.2</CssParameter>
              <CssParameter name="stroke-linecap">round</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>importance_2</Name>
          <Title>Importance 2 (routes nationales)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>importance</ogc:PropertyName><ogc:Literal>2</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>

          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#e8833a</CssParameter>
              <CssParameter name="stroke-width">1.8</CssParameter>
              <CssParameter name="stroke-linecap">round</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
        <Rule>
          <Name>importance_1</Name>
          <Title>Importance 1 (autoroutes)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>importance</ogc:PropertyName><ogc:Literal>1</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>

          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#c0392b</CssParameter>
              <CssParameter name="stroke-width">2.6</CssParameter>
              <CssParameter name="stroke-linecap">round</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
