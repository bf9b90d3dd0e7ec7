using System.CommandLine;
using DocClassifier.Cli.Commands;

var root = new RootCommand("DocClassifier: reads, classifies and routes scanned tax documents.")
{
    ExtractCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
