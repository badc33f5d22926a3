/**
 * The one module that imports ECharts: only the charts and components the dashboard draws, with the
 * canvas renderer, so that the bundle stays small. Only the lazily loaded pages import it.
 */
import { BarChart, GraphChart, LineChart, MapChart, ScatterChart } from 'echarts/charts';
import {
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GraphChart,
  ScatterChart,
  MapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  GeoComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

export type { ECElementEvent as ChartClick, EChartsCoreOption as ChartOption } from 'echarts/core';
export { echarts };
