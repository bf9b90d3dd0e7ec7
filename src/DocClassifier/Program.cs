using DocClassifier.Cli.Commands;

return await CommandLine.Create().Parse(args).InvokeAsync();
