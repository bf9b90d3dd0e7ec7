using DocClassifier.Host.Commands;

return await CommandLine.Create().Parse(args).InvokeAsync();
