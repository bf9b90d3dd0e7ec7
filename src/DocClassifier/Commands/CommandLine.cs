using System.CommandLine;

namespace DocClassifier.Host.Commands;

/// <summary>The <c>docclassifier</c> command tree.</summary>
internal static class CommandLine
{
    public static RootCommand Create() => new("DocClassifier: reads, classifies and routes scanned tax documents.")
    {
        RunCommand.Create(),
        ReviewCommand.Create(),
        RetryCommand.Create(),
        UsersCommand.Create(),
        UsersCommand.CreateApiKeys(),
        ExtractCommand.Create(),
        TrainCommand.Create(),
        RetrainCommand.Create(),
        ModelsCommand.Create(),
        EvaluateCommand.Create(),
        ClassifyCommand.Create(),
        SamplesCommand.Create(),
        SeparatorSheetCommand.Create(),
        SplitCommand.Create(),
        TrainBoundariesCommand.Create(),
    };
}
