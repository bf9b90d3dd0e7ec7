using System.Globalization;
using System.Text.RegularExpressions;

namespace DocClassifier.Training;

/// <summary>
/// One ML.NET trainer with its regularisation, written as the card records it:
/// <c>LbfgsMaximumEntropy(l2=0.01)</c>, <c>SdcaMaximumEntropy(l2=0.001)</c>, <c>LinearSvm(lambda=0.0001)</c>
/// (one-versus-all, Platt-calibrated). An ensemble averages the probabilities of its members:
/// <c>Ensemble(LbfgsMaximumEntropy(l2=0.01) + LinearSvm(lambda=0.0001))</c>.
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

    public bool IsEnsemble => Trainer == Ensemble;

    /// <summary>The single trainers behind this one: itself, or an ensemble's members.</summary>
    public IReadOnlyList<TrainerSpec> Parts => IsEnsemble ? Members : [this];

    public override string ToString() => IsEnsemble
        ? $"{Ensemble}({string.Join(" + ", Members)})"
        : string.Create(CultureInfo.InvariantCulture, $"{Trainer}({(Trainer == Svm ? "lambda" : "l2")}={Regularization:G4})");

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
        return match.Success && match.Groups[1].Value is Lbfgs or Sdca or Svm
            ? Of(match.Groups[1].Value, double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw Unknown(text);
    }

    private static ArgumentException Unknown(string text) => new(
        $"Unknown trainer '{text}'. Known: {string.Join(", ", Known)}, optionally with settings as in 'LbfgsMaximumEntropy(l2=0.01)'.", nameof(text));

    [GeneratedRegex(@"^(\w+)\((?:l2|lambda)=([0-9.eE+-]+)\)$")]
    private static partial Regex SingleForm();
}
