<?xml version="1.0" encoding="UTF-8"?>
<!-- Benchmark style, equivalent to the MapServer and QGIS Server peers (shared/bench/peers/README.md). -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>trees</Name><UserStyle><Name>bench_trees</Name><FeatureTypeStyle><Rule>
    <PointSymbolizer><Graphic>
      <Mark><WellKnownName>circle</WellKnownName>
        <Fill><CssParameter name="fill">#2e8b57</CssParameter></Fill>
        <Stroke><CssParameter name="stroke">#1b5e20</CssParameter><CssParameter name="stroke-width">1</CssParameter></Stroke>
      </Mark><Size>5</Size>
    </Graphic></PointSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
