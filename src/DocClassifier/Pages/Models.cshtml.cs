using DocClassifier.Classification;
using DocClassifier.Host.Service;
using DocClassifier.Host.Web.Api;
using DocClassifier.Learning;
using DocClassifier.Storage;
using Hangfire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DocClassifier.Host.Pages;

/// <summary>
/// Model versions with their metrics and which one is live; the labels and their reviewed examples.
/// Admins promote, roll back, retrain now and add labels.
/// </summary>
public sealed class ModelsModel(ModelRegistry registry, LiveLabelCollection labels, LearningOptions learning, ServiceFolders folders, IBackgroundJobClient jobs) : PageModel
{
    [TempData]
    public string? Message { get; set; }

    [TempData]
    public bool IsError { get; set; }

    public IReadOnlyList<ModelCard> Versions { get; private set; } = [];

    public LiveModel? Live { get; private set; }

    public RetrainingRun? LastRun { get; private set; }

    public string Schedule => RetrainingSchedule.IsOff(learning.Schedule) ? "off" : learning.Schedule;

    public int MinExamplesForNewLabel => learning.MinExamplesForNewLabel;

    /// <summary>Every label reviewers can choose: its name, whether the live model knows it, and its reviewed examples.</summary>
    public IReadOnlyList<(string Label, string Name, bool Trained, int Reviewed)> Labels { get; private set; } = [];

    public void OnGet()
    {
        Live = registry.Live();
        Versions = registry.Versions();
        LastRun = registry.LastRun();
        var counts = ReviewedExamples.CountByLabel(folders.Examples);
        var trained = Versions.FirstOrDefault(v => v.Version == Live?.Version)?.Labels ?? [];
        var names = labels.Names();
        Labels = labels
            .Select(l => (l, names.GetValueOrDefault(l, l), trained.Contains(l), counts.GetValueOrDefault(l)))
            .ToList();
    }

    public IActionResult OnPostPromote(string version) => AsAdmin(() =>
    {
        var live = registry.Promote(version, ReviewApi.ReviewerName(User));
        return $"{live.Version} is live; workers switch to it within {learning.CheckLiveSeconds:0} s.";
    });

    public IActionResult OnPostRollback() => AsAdmin(() => $"Rolled back: {registry.Rollback(ReviewApi.ReviewerName(User)).Version} is live again.");

    public IActionResult OnPostRetrain() => AsAdmin(() =>
    {
        jobs.Enqueue<RetrainJob>(job => job.Run());
        return "Retraining is queued; its result shows here when it is done (a few minutes).";
    });

    public IActionResult OnPostAddLabel(string label, string? name) => AsAdmin(() =>
    {
        var added = registry.AddLabel(label, name ?? string.Empty, ReviewApi.ReviewerName(User), labels);
        return $"Label {added.Label} added: reviewers can choose it now; it joins training with {learning.MinExamplesForNewLabel} reviewed examples.";
    });

    private IActionResult AsAdmin(Func<string> action)
    {
        if (!User.IsInRole(AccountRoles.Admin))
        {
            return Forbid();
        }

        try
        {
            (Message, IsError) = (action(), false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            (Message, IsError) = (e.Message, true);
        }

        return RedirectToPage();
    }
}
