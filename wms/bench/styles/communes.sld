<?xml version="1.0" encoding="UTF-8"?>
<!-- Benchmark style, equivalent to the MapServer and QGIS Server peers (shared/bench/peers/README.md). -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>communes</Name><UserStyle><Name>bench_communes</Name><FeatureTypeStyle><Rule>
    <PolygonSymbolizer>
      <Fill><CssParameter name="fill">#f2efe9</CssParameter></Fill>
      <Stroke><CssParameter name="stroke">#646464</CssParameter><CssParameter name="stroke-width">1</CssParameter></Stroke>
    </PolygonSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
