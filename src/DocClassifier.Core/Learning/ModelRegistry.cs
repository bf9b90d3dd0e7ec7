using System.Text.Json;
using System.Text.RegularExpressions;
using DocClassifier.Classification;
using DocClassifier.Training;

namespace DocClassifier.Learning;

/// <summary>
/// Every model version the service has had, in a folder every node shares: <c>VERSION/NAME.zip</c>
/// with its card, <c>live.json</c> naming the version that serves (workers poll it and swap models
/// without a restart), and <c>labels.json</c> with the labels administrators added. Each file is
/// written whole under a temporary name and renamed, so a reader never sees half of one.
/// </summary>
public sealed partial class ModelRegistry(string folder, TimeProvider? clock = null)
{
    private const string LiveFile = "live.json";
    private const string LabelsFile = "labels.json";
    private const string LastRunFile = "last-retraining.json";

    public string Folder => folder;

    /// <summary>All versions, newest first.</summary>
    public IReadOnlyList<ModelCard> Versions()
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder)
            .Select(d => Path.GetFileName(d))
            .Where(IsVersionName)
            .Select(v => TryCard(v))
            .OfType<ModelCard>()
            .OrderByDescending(c => c.CreatedAt)
            .ToList();
    }

    public LiveModel? Live()
    {
        var path = Path.Combine(folder, LiveFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<LiveModel>(File.ReadAllText(path), JsonFiles.Options) : null;
    }

    public bool Contains(string version) => IsVersionName(version) && File.Exists(ModelPath(version));

    public MlNetDocumentClassifier Load(string version) => MlNetDocumentClassifier.Load(ModelPath(Known(version)));

    public ModelCard Card(string version) => TryCard(Known(version)) ?? throw new InvalidDataException($"Model version {version} has no readable card.");

    /// <summary>Saves a trained model as a new version (not live); returns its version.</summary>
    public string Add(TrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var version = model.Card.Version;
        if (Contains(version))
        {
            throw new InvalidOperationException($"Model version {version} exists already.");
        }

        model.Save(Path.Combine(folder, Checked(version), model.Card.Name + ".zip"));
        return version;
    }

    /// <summary>Copies a model file (and its card) in as a version, unless that version is already here; returns its version.</summary>
    public string Import(string modelPath)
    {
        var card = MlNetDocumentClassifier.Load(modelPath).Card;
        var target = Path.Combine(folder, Checked(card.Version), card.Name + ".zip");
        if (!File.Exists(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            AtomicFile.Copy(modelPath, target);
            ModelFiles.WriteCard(target, card);
        }

        return card.Version;
    }

    /// <summary>
    /// Makes sure a version serves: the given model (the shipped one) is imported if new, and made live
    /// only when nothing is live yet. A newer shipped model thus joins the list without replacing a live
    /// model that reviewers' decisions improved; an administrator promotes it if wanted.
    /// </summary>
    public LiveModel EnsureLive(string modelPath)
    {
        var version = Import(modelPath);
        return Live() is { } live && Contains(live.Version) ? live : Promote(version, "system");
    }

    public LiveModel Promote(string version, string by)
    {
        Known(version);
        var current = Live();
        if (current?.Version == version)
        {
            return current;
        }

        var previous = current is null ? [] : current.Previous.Append(current.Version).ToList();
        return WriteLive(new LiveModel(version, DefaultClock.Or(clock).GetUtcNow(), by, previous));
    }

    /// <summary>Makes the version that was live before the current one live again.</summary>
    public LiveModel Rollback(string by)
    {
        var current = Live() ?? throw new InvalidOperationException("No model is live yet, so there is nothing to roll back.");
        var before = current.Previous.LastOrDefault(Contains)
            ?? throw new InvalidOperationException($"{current.Version} is the first live model; there is no earlier one to roll back to.");
        var previous = current.Previous.Take(current.Previous.ToList().LastIndexOf(before)).ToList();
        return WriteLive(new LiveModel(before, DefaultClock.Or(clock).GetUtcNow(), by, previous));
    }

    public IReadOnlyList<AddedLabel> AddedLabels()
    {
        var path = Path.Combine(folder, LabelsFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<List<AddedLabel>>(File.ReadAllText(path), JsonFiles.Options) ?? [] : [];
    }

    /// <summary>Adds a label reviewers can choose; it is trained once it has enough reviewed examples.</summary>
    public AddedLabel AddLabel(string label, string displayName, string by, IReadOnlyCollection<string> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        if (!LabelPattern().IsMatch(label ?? string.Empty))
        {
            throw new ArgumentException($"'{label}' is not a usable label: use 2-63 lower-case letters, digits and hyphens, starting with a letter (e.g. 'business-tax-notice').", nameof(label));
        }

        if (existing.Contains(label!) || label == Review.ReviewDesk.NoneOfTheLabels)
        {
            throw new ArgumentException($"The label '{label}' exists already.", nameof(label));
        }

        var added = new AddedLabel(label!, string.IsNullOrWhiteSpace(displayName) ? label! : displayName.Trim(), by, DefaultClock.Or(clock).GetUtcNow());
        Directory.CreateDirectory(folder);
        AtomicFile.WriteJson(Path.Combine(folder, LabelsFile), AddedLabels().Append(added).ToList(), JsonFiles.Options);
        return added;
    }

    /// <summary>
    /// Holds the registry's retraining lock (a file opened exclusively, which works across machines on a
    /// share) until disposed; null when another retraining holds it.
    /// </summary>
    public IDisposable? TryLockRetraining()
    {
        Directory.CreateDirectory(folder);
        try
        {
            return new FileStream(Path.Combine(folder, "retraining.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public RetrainingRun? LastRun()
    {
        var path = Path.Combine(folder, LastRunFile);
        return File.Exists(path) ? JsonSerializer.Deserialize<RetrainingRun>(File.ReadAllText(path), JsonFiles.Options) : null;
    }

    public void RecordRun(RetrainingRun run)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteJson(Path.Combine(folder, LastRunFile), run, JsonFiles.Options);
    }

    private LiveModel WriteLive(LiveModel live)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteJson(Path.Combine(folder, LiveFile), live, JsonFiles.Options);
        return live;
    }

    private ModelCard? TryCard(string version)
    {
        var path = ModelPath(version);
        var card = ModelFiles.CardPath(path);
        return File.Exists(path) && File.Exists(card) ? JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(card), JsonFiles.Options) : null;
    }

    // The one .zip in the version's folder (its name is the model's name).
    private string ModelPath(string version)
    {
        var directory = Path.Combine(folder, Checked(version));
        return Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*.zip").Order(StringComparer.Ordinal).FirstOrDefault()
                ?? Path.Combine(directory, "model.zip")
            : Path.Combine(directory, "model.zip");
    }

    private string Known(string version) =>
        Contains(version) ? version : throw new ArgumentException($"There is no model version '{version}'. See 'docclassifier models list'.", nameof(version));

    private static string Checked(string version) =>
        IsVersionName(version) ? version : throw new ArgumentException($"'{version}' is not a model version name.", nameof(version));

    private static bool IsVersionName(string? version) => version is not null && VersionPattern().IsMatch(version);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*@[0-9]{8}T[0-9]{6}Z$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,62}$")]
    private static partial Regex LabelPattern();
}
