<?xml version="1.0" encoding="UTF-8"?>
<!-- Benchmark style, equivalent to the MapServer and QGIS Server peers (shared/bench/peers/README.md). -->
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>roads</Name><UserStyle><Name>bench_roads</Name><FeatureTypeStyle><Rule>
    <LineSymbolizer>
      <Stroke><CssParameter name="stroke">#c04040</CssParameter><CssParameter name="stroke-width">1</CssParameter></Stroke>
    </LineSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
