using System.Globalization;
using System.Net;
using System.Text;
using DocClassifier.Classification;

namespace DocClassifier.Evaluation;

/// <summary>
/// A self-contained HTML evaluation report: headline figures, per-class table, the confusion matrix
/// as a heat map and a reliability (calibration) plot drawn in inline SVG. No scripts, no downloads.
/// </summary>
public static class HtmlReportWriter
{
    private const string Css =
        "body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}" +
        "th{background:#f4f4f4}td.l,th.l{text-align:left}.cm td{width:2.6em;text-align:center}.fig{display:flex;gap:1em}.fig div{border:1px solid #ddd;padding:.5em 1em}";

    public static string Render(EvaluationMetrics metrics, ModelCard card, string dataName)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(card);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evaluation of {E(card.Version)}</title>
            <style>{Css}</style></head><body>
            <h1>Evaluation of {E(card.Version)}</h1>
            <p>Data: {E(dataName)}, {metrics.Documents} documents. Trainer: {E(card.Trainer)}. Target precision: {card.TargetPrecision:P0}.</p>
            <div class="fig"><div>Accuracy<br><b>{metrics.Accuracy:P1}</b></div><div>Macro-F1<br><b>{metrics.MacroF1:F3}</b></div>
            <div>Automation rate<br><b>{metrics.AutomationRate:P1}</b></div><div>Precision of automated<br><b>{metrics.AutomatedPrecision:P1}</b></div>
            <div>Expected calibration error<br><b>{metrics.ExpectedCalibrationError:F3}</b></div></div>
            <h2>Per class</h2><table><tr><th class="l">label</th><th>precision</th><th>recall</th><th>F1</th><th>documents</th><th>threshold</th></tr>
            """);
        foreach (var c in metrics.PerClass)
        {
            var threshold = card.Thresholds.TryGetValue(c.Label, out var t) ? (t > 1 ? "review all" : t.ToString("F2", CultureInfo.InvariantCulture)) : "-";
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{E(c.Label)}</td><td>{c.Precision:F3}</td><td>{c.Recall:F3}</td><td>{c.F1:F3}</td><td>{c.Support}</td><td>{threshold}</td></tr>");
        }

        html.Append("</table><h2>Confusion matrix</h2><p>Rows: true label; columns: predicted label (numbered as the rows).</p>");
        AppendConfusion(html, metrics);
        html.Append(CultureInfo.InvariantCulture, $"<h2>Reliability</h2><p>Accuracy of predictions per confidence bin; a calibrated model lies on the diagonal. Bubble area: number of predictions. Expected calibration error {metrics.ExpectedCalibrationError:F3} (mean gap between confidence and accuracy, weighted by documents){Calibration(card)}.</p>");
        AppendReliability(html, metrics.Calibration);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static string Calibration(ModelCard card) => card.Calibration is { HeldOutEceBefore: { } before, HeldOutEceAfter: { } after } calibration
        ? string.Create(CultureInfo.InvariantCulture, $"; the model's {E(calibration.Method)} calibration (exponent {calibration.Exponent:G4}) took it from {before:F3} to {after:F3} on held-out folds in training")
        : string.Empty;

    private static void AppendConfusion(StringBuilder html, EvaluationMetrics metrics)
    {
        html.Append("<table class=\"cm\"><tr><th class=\"l\">true \\ predicted</th>");
        for (var j = 0; j < metrics.Labels.Count; j++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th title=\"{E(metrics.Labels[j])}\">{j + 1}</th>");
        }

        html.Append("</tr>");
        for (var i = 0; i < metrics.Labels.Count; i++)
        {
            var rowTotal = Math.Max(1, metrics.ConfusionMatrix[i].Sum());
            html.Append(CultureInfo.InvariantCulture, $"<tr><td class=\"l\">{i + 1}. {E(metrics.Labels[i])}</td>");
            for (var j = 0; j < metrics.Labels.Count; j++)
            {
                var count = metrics.ConfusionMatrix[i][j];
                var share = count / (double)rowTotal;
                var (r, g, b) = i == j ? (255 - (int)(share * 200), 255 - (int)(share * 80), 255 - (int)(share * 200)) : (255, 255 - (int)(share * 220), 255 - (int)(share * 220));
                html.Append(CultureInfo.InvariantCulture, $"<td style=\"background:rgb({r},{g},{b})\">{(count == 0 ? string.Empty : count)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void AppendReliability(StringBuilder html, IReadOnlyList<CalibrationBin> bins)
    {
        const int size = 320;
        const int pad = 40;
        static double X(double v) => pad + (v * size);
        static double Y(double v) => pad + size - (v * size);
        var total = Math.Max(1, bins.Sum(b => b.Count));
        html.Append(CultureInfo.InvariantCulture, $"""
            <svg width="{size + (2 * pad)}" height="{size + (2 * pad)}" xmlns="http://www.w3.org/2000/svg" font-size="11">
            <rect x="{pad}" y="{pad}" width="{size}" height="{size}" fill="none" stroke="#999"/>
            <line x1="{X(0)}" y1="{Y(0)}" x2="{X(1)}" y2="{Y(1)}" stroke="#bbb" stroke-dasharray="4"/>
            <text x="{pad + (size / 2) - 30}" y="{size + pad + 30}">confidence</text><text x="4" y="{pad - 10}">accuracy</text>
            """);
        foreach (var tick in new[] { 0.0, 0.5, 1.0 })
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(tick) - 8}\" y=\"{size + pad + 14}\">{tick:F1}</text><text x=\"{pad - 24}\" y=\"{Y(tick) + 4}\">{tick:F1}</text>");
        }

        var points = bins.Where(b => b.Count > 0).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#2a6\" stroke-width=\"2\" points=\"{string.Join(' ', points.Select(b => string.Create(CultureInfo.InvariantCulture, $"{X(b.MeanConfidence):F1},{Y(b.Accuracy):F1}")))}\"/>");
        foreach (var b in points)
        {
            var radius = 3 + (12 * Math.Sqrt(b.Count / (double)total));
            html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(b.MeanConfidence):F1}\" cy=\"{Y(b.Accuracy):F1}\" r=\"{radius:F1}\" fill=\"#2a6\" fill-opacity=\"0.5\"><title>{b.From:F1}-{b.To:F1}: {b.Count} predictions, accuracy {b.Accuracy:P0}</title></circle>");
        }

        html.Append("</svg>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
