package org.openiop.examples.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.openiop.core.ParticipantId;
import org.openiop.core.measure.Progress;

/**
 * Writes {@code report/index.html} with one PNG progress chart (PHQ-9 and GAD-7 totals by week) per
 * admitted participant, rendered headless with JFreeChart. Pseudonymous ids only.
 */
final class ProgressReport {
  private ProgressReport() {}

  static List<Path> write(Path dir, DemoResult r) throws IOException {
    System.setProperty("java.awt.headless", "true");
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>OpenIOP demo: progress report</title>\n")
        .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px}figure{display:inline-block;")
        .append("margin:1em}</style>\n</head>\n<body>\n")
        .append("<h1>Progress by participant</h1>\n")
        .append("<p>Pseudonymous ids only. PHQ-9 (0-27) and GAD-7 (0-21) totals by weeks since")
        .append(" baseline; hours are scheduled vs attended.</p>\n")
        .append("<table>\n<tr><th>participant</th><th>scheduled h</th><th>attended h</th>")
        .append("<th>PHQ-9 change</th><th>GAD-7 change</th></tr>\n");
    List<Path> charts = new java.util.ArrayList<>();
    for (Map.Entry<ParticipantId, List<Progress>> e : r.progress.entrySet()) {
      ParticipantId p = e.getKey();
      Duration[] total = {Duration.ZERO, Duration.ZERO};
      r.weeks
          .getOrDefault(p, new java.util.TreeMap<>())
          .values()
          .forEach(
              h -> {
                total[0] = total[0].plus(h[0]);
                total[1] = total[1].plus(h[1]);
              });
      html.append("<tr><td><a href=\"#")
          .append(p.value())
          .append("\">")
          .append(p.value())
          .append("</a></td><td>")
          .append(SummaryJson.hours(total[0]))
          .append("</td><td>")
          .append(SummaryJson.hours(total[1]))
          .append("</td>");
      for (Progress pr : e.getValue()) {
        html.append("<td>").append(pr.change()).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
    for (Map.Entry<ParticipantId, List<Progress>> e : r.progress.entrySet()) {
      ParticipantId p = e.getKey();
      XYSeriesCollection data = new XYSeriesCollection();
      for (Progress pr : e.getValue()) {
        XYSeries series = new XYSeries(pr.instrumentId().toUpperCase(Locale.ROOT));
        for (Progress.Point pt : pr.points()) {
          series.add(Math.round(pt.weeksFromBaseline() * 10) / 10.0, pt.total());
        }
        data.addSeries(series);
      }
      JFreeChart chart =
          ChartFactory.createXYLineChart(
              "Participant " + p.value(),
              "weeks since baseline",
              "total score",
              data,
              PlotOrientation.VERTICAL,
              true,
              false,
              false);
      XYPlot plot = chart.getXYPlot();
      ((NumberAxis) plot.getRangeAxis()).setRange(0, 27);
      Path png = dir.resolve(p.value() + ".png");
      ChartUtils.saveChartAsPNG(png.toFile(), chart, 640, 360);
      charts.add(png);
      html.append("<figure id=\"")
          .append(p.value())
          .append("\"><img src=\"")
          .append(png.getFileName())
          .append("\" width=\"640\" height=\"360\" alt=\"PHQ-9 and")
          .append(" GAD-7 totals of ")
          .append(p.value())
          .append("\"><figcaption>")
          .append(p.value())
          .append("</figcaption></figure>\n");
    }
    html.append("</body>\n</html>\n");
    Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
    return charts;
  }
}
