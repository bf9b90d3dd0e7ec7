using System.CommandLine;
using DocClassifier.Host.Service;
using DocClassifier.Classification;
using DocClassifier.Extraction;
using DocClassifier.Host.Web;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier run</c>: the service (inbox watcher, Hangfire workers) until stopped.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var seed = new Option<string?>("--copy-into-inbox") { Description = "Copy the documents of this folder (e.g. samples/corpus) into the inbox at start, for a demonstration." };
        var url = new Option<string?>("--url") { Description = $"Where the web UI and REST API listen (default {WebOptions.DefaultUrl})." };
        var demo = new Option<bool>("--demo-user") { Description = "Create (or reset) the admin user 'demo' with a new generated password and print it, for a first look." };
        var role = new Option<string>("--role")
        {
            Description = "What this node does: all (default), worker, intake, web, or several comma-separated (intake,web). Extra worker nodes share PostgreSQL and the folders.",
            DefaultValueFactory = _ => "all",
        };
        role.Validators.Add(r =>
        {
            if (!ServiceRoleNames.TryParse(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError($"--role takes all, worker, intake or web (comma-separated for several), not '{r.GetValueOrDefault<string>()}'.");
            }
        });
        var command = new Command("run", "Run the service: watch the inbox, process documents, deliver results, serve the review web UI.") { seed, url, demo, role };
        shared.AddTo(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var roles = ServiceRoleNames.TryParse(result.GetValue(role), out var parsed) ? parsed : ServiceRoles.All;
            await using var host = ServiceHost.CreateService(shared.Overrides(result).Append(new("Web:Url", result.GetValue(url))), roles);
            try
            {
                // Settings, the model and the database now: a bad value, a missing model or database is a clear error at start, not a failing job later.
                ServiceHost.CheckSettings(host.Services);
                _ = host.Services.GetRequiredService<IDocumentClassifier>();
                _ = host.Services.GetRequiredService<IDocumentLedger>();
            }
            catch (Exception e) when (e is OptionsValidationException or FileNotFoundException or InvalidOperationException or System.Data.Common.DbException)
            {
                result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }

            var web = host.Services.GetRequiredService<WebOptions>();
            if (roles.HasFlag(ServiceRoles.Web))
            {
                host.UseWebUi();
                host.Urls.Add(web.Url);
            }
            else
            {
                // No web role: Kestrel still needs an address; an unused ephemeral loopback port serves nothing.
                host.Urls.Add("http://127.0.0.1:0");
            }

            var folders = host.Services.GetRequiredService<ServiceFolders>();
            if (result.GetValue(seed) is { } samples)
            {
                // Copied, never moved: intake moves what it takes, and the samples must stay where they are.
                var copied = CopyDocuments(samples, Path.Combine(folders.Inbox, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(samples)))));
                result.InvocationConfiguration.Output.WriteLine($"Copied {copied} documents from {samples} into the inbox.");
            }

            if (result.GetValue(demo) && roles.HasFlag(ServiceRoles.Web))
            {
                var password = host.Services.GetRequiredService<AccountService>().CreateUser("demo", AccountRoles.Admin);
                result.InvocationConfiguration.Output.WriteLine($"Demo user: demo / {password} (admin). Create real users with 'docclassifier users add'.");
            }

            result.InvocationConfiguration.Output.WriteLine($"Roles: {roles}.");
            if (roles.HasFlag(ServiceRoles.Web))
            {
                result.InvocationConfiguration.Output.WriteLine($"Review UI and API on {web.Url}.");
            }

            result.InvocationConfiguration.Output.WriteLine($"Watching {folders.Inbox}; results in {folders.Results}, failures in {folders.Failed}. Ctrl+C stops.");
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static int CopyDocuments(string from, string to)
    {
        var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Where(FormatSniffer.IsSupportedExtension).ToList();
        foreach (var file in files)
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        return files.Count;
    }
}
