using System.Globalization;
using System.Text.RegularExpressions;
using DocClassifier.Classification;

namespace DocClassifier.Training;

/// <summary>
/// One ML.NET trainer with its regularisation, written as the card records it:
/// <c>LbfgsMaximumEntropy(l2=0.01)</c>, <c>SdcaMaximumEntropy(l2=0.001)</c>, <c>LinearSvm(lambda=0.0001)</c>
/// (one-versus-all, Platt-calibrated). An ensemble averages the probabilities of its members:
/// <c>Ensemble(LbfgsMaximumEntropy(l2=0.01) + LinearSvm(lambda=0.0001))</c>. A member may read one n-gram
/// block of the features only (its view): <c>Ensemble(LbfgsMaximumEntropy(l2=0.01) on word 1-2 +
/// LbfgsMaximumEntropy(l2=0.01) on char-wb 2-5)</c> averages a word model and a character model.
/// </summary>
public sealed partial record TrainerSpec(string Trainer, double Regularization, IReadOnlyList<TrainerSpec> Members)
{
    public const string Lbfgs = "LbfgsMaximumEntropy";
    public const string Sdca = "SdcaMaximumEntropy";
    public const string Svm = "LinearSvm";
    public const string Ensemble = "Ensemble";

    /// <summary>The trainers a search compares, each over its own regularisation grid.</summary>
    public static IReadOnlyList<string> Known { get; } = [Lbfgs, Sdca, Svm, Ensemble];

    public static TrainerSpec Of(string trainer, double regularization) => new(trainer, regularization, []);

    public static TrainerSpec Average(IEnumerable<TrainerSpec> members) => new(Ensemble, 0, [.. members]);

    /// <summary>
    /// The one n-gram block this trainer reads (null: all of them). It is trained on vectors whose other
    /// blocks are empty, so its weights there stay zero and serving can hand it the whole vector.
    /// </summary>
    public NgramBlock? View { get; init; }

    /// <summary>This single trainer reading only <paramref name="block"/>.</summary>
    public TrainerSpec On(NgramBlock block) => IsEnsemble ? throw new InvalidOperationException("An ensemble has no view of its own.") : this with { View = block };

    public bool IsEnsemble => Trainer == Ensemble;

    /// <summary>The single trainers behind this one: itself, or an ensemble's members.</summary>
    public IReadOnlyList<TrainerSpec> Parts => IsEnsemble ? Members : [this];

    public override string ToString() => IsEnsemble
        ? $"{Ensemble}({string.Join(" + ", Members)})"
        : string.Create(CultureInfo.InvariantCulture, $"{Trainer}({(Trainer == Svm ? "lambda" : "l2")}={Regularization:G4}){(View is null ? "" : $" on {View}")}");

    public bool Equals(TrainerSpec? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    /// <summary>Reads what <see cref="ToString"/> writes; null when <paramref name="text"/> is a bare trainer name (no settings).</summary>
    public static TrainerSpec? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        if (Known.Contains(text, StringComparer.Ordinal))
        {
            return null;
        }

        if (text.StartsWith(Ensemble + "(", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            var members = text[(Ensemble.Length + 1)..^1].Split(" + ").Select(m => Parse(m) ?? throw Unknown(text)).ToList();
            return members.Count < 2 || members.Any(m => m.IsEnsemble) ? throw Unknown(text) : Average(members);
        }

        var match = SingleForm().Match(text);
        if (!match.Success || match.Groups[1].Value is not (Lbfgs or Sdca or Svm))
        {
            throw Unknown(text);
        }

        var single = Of(match.Groups[1].Value, double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        if (!match.Groups[3].Success)
        {
            return single;
        }

        var kind = match.Groups[3].Value switch { "word" => NgramKind.Word, "char-wb" => NgramKind.CharacterWithinWords, _ => NgramKind.Character };
        return single.On(new NgramBlock(kind, int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture)));
    }

    private static ArgumentException Unknown(string text) => new(
        $"Unknown trainer '{text}'. Known: {string.Join(", ", Known)}, optionally with settings as in 'LbfgsMaximumEntropy(l2=0.01)'.", nameof(text));

    [GeneratedRegex(@"^(\w+)\((?:l2|lambda)=([0-9.eE+-]+)\)(?: on (word|char-wb|char) (\d+)-(\d+))?$")]
    private static partial Regex SingleForm();
}
