using System.CommandLine;
using System.Globalization;
using DocClassifier.Learning;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier models list|promote VERSION|rollback|add-label LABEL</c>: the model registry. A
/// promotion or rollback reaches running workers within <c>Learning:CheckLiveSeconds</c>, without a restart.
/// </summary>
internal static class ModelsCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var list = new Command("list", "Every model version with its metrics; * marks the live one.");
        shared.AddTo(list);
        list.SetAction(result => Run(shared, result, (registry, output) =>
        {
            var live = registry.Live();
            foreach (var card in registry.Versions())
            {
                var cv = card.CrossValidation;
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{(card.Version == live?.Version ? "*" : " ")} {card.Version,-40} {card.Trainer,-22} {card.TrainingData.Documents,6} docs  cross-validated macro-F1 {cv.MacroF1:F3}, automation {cv.AutomationRate:P1}"));
                if (card.Comparison is { } c)
                {
                    output.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"    vs {c.Champion} on {c.HeldOutExamples} held-out reviewed: macro-F1 {c.ChallengerScore.MacroF1:F3} vs {c.ChampionScore.MacroF1:F3}, automation at {c.TargetPrecision:P0} precision {c.ChallengerScore.AutomationAtTarget:P1} vs {c.ChampionScore.AutomationAtTarget:P1}: {(c.Promoted ? "promoted" : "not promoted")}"));
                }
            }

            if (live is not null)
            {
                output.WriteLine($"Live: {live.Version} since {live.Since.ToLocalTime():yyyy-MM-dd HH:mm} ({live.By}).");
            }

            if (registry.LastRun() is { } run)
            {
                output.WriteLine($"Last retraining: {run.At.ToLocalTime():yyyy-MM-dd HH:mm}, {run.Outcome}: {run.Message}");
            }

            foreach (var added in registry.AddedLabels())
            {
                output.WriteLine($"Added label: {added.Label} ({added.DisplayName}) by {added.By} on {added.At.ToLocalTime():yyyy-MM-dd}");
            }
        }));

        var version = new Argument<string>("version") { Description = "A version from 'models list'." };
        var promote = new Command("promote", "Make a version live.") { version };
        shared.AddTo(promote);
        promote.SetAction(result => Run(shared, result, (registry, output) =>
        {
            var live = registry.Promote(result.GetValue(version)!, Environment.UserName);
            output.WriteLine($"{live.Version} is live; running workers switch to it within seconds.");
        }));

        var rollback = new Command("rollback", "Make the version live before the current one live again.");
        shared.AddTo(rollback);
        rollback.SetAction(result => Run(shared, result, (registry, output) =>
        {
            var live = registry.Rollback(Environment.UserName);
            output.WriteLine($"Rolled back: {live.Version} is live again.");
        }));

        var label = new Argument<string>("label") { Description = "The new label: lower-case letters, digits and hyphens (e.g. business-tax-notice)." };
        var name = new Option<string?>("--name") { Description = "A readable name for reviewers (e.g. 營業稅通知)." };
        var addLabel = new Command("add-label", "Add a label reviewers can choose; it is trained once it has enough reviewed examples.") { label, name };
        shared.AddTo(addLabel);
        addLabel.SetAction(result => shared.Run(result, services => Guarded(result, () =>
            {
                var added = services.GetRequiredService<ModelRegistry>()
                    .AddLabel(result.GetValue(label)!, result.GetValue(name) ?? string.Empty, Environment.UserName, services.GetRequiredService<LiveLabelCollection>());
                var needed = services.GetRequiredService<LearningOptions>().MinExamplesForNewLabel;
                result.InvocationConfiguration.Output.WriteLine($"Label {added.Label} added. Reviewers can choose it now; it joins training with {needed} reviewed examples.");
            })));

        return new Command("models", "Model versions: list, promote, roll back; add a label.") { list, promote, rollback, addLabel };
    }

    private static int Run(ServiceCommandOptions shared, ParseResult result, Action<ModelRegistry, TextWriter> action) =>
        shared.Run(result, services => Guarded(result, () => action(services.GetRequiredService<ModelRegistry>(), result.InvocationConfiguration.Output)));

    private static int Guarded(ParseResult result, Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    }
}
