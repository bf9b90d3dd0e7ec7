using System.CommandLine;
using System.Globalization;
using DocClassifier.Host.Web.Accounts;
using DocClassifier.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier users add NAME --role reviewer|admin</c> (prints a generated password, or reads one
/// with --password-stdin), <c>users list</c>, <c>users remove NAME</c>, and <c>apikeys add|list|remove</c> for bots.
/// </summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var shared = new ServiceCommandOptions();
        var name = new Argument<string>("name") { Description = "Sign-in name: 1-64 of a-z, 0-9, '.', '_', '-'." };
        var role = RoleOption();
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };
        var add = new Command("add", "Create a user, or reset an existing user's role and password.") { name, role, stdin };
        shared.AddTo(add);
        add.SetAction(result => Run(shared, result, accounts =>
        {
            var user = result.GetValue(name)!;
            var chosen = result.GetValue(role)!;
            if (result.GetValue(stdin))
            {
                accounts.SetPassword(user, chosen, Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? string.Empty);
                result.InvocationConfiguration.Output.WriteLine($"User {user} ({chosen}) saved.");
            }
            else
            {
                var password = accounts.CreateUser(user, chosen);
                result.InvocationConfiguration.Output.WriteLine($"User {user} ({chosen}) saved. Password (shown once): {password}");
            }
        }));

        var list = new Command("list", "List users and their roles.");
        shared.AddTo(list);
        list.SetAction(result => Run(shared, result, accounts =>
        {
            foreach (var user in accounts.Users())
            {
                result.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{user.Name,-24} {user.Role,-9} since {user.CreatedAt:yyyy-MM-dd}"));
            }
        }));

        var removed = new Argument<string>("name") { Description = "The user's sign-in name." };
        var remove = new Command("remove", "Delete a user; their open sessions end with their next request.") { removed };
        shared.AddTo(remove);
        remove.SetAction(result => Run(shared, result, accounts =>
        {
            if (!accounts.RemoveUser(result.GetValue(removed)!))
            {
                throw new ArgumentException($"No user '{result.GetValue(removed)}'.");
            }

            result.InvocationConfiguration.Output.WriteLine($"User {result.GetValue(removed)} removed; their sessions have ended.");
        }));

        return new Command("users", "People who sign in to the review web UI.") { add, list, remove };
    }

    public static Command CreateApiKeys()
    {
        var shared = new ServiceCommandOptions();
        var name = new Argument<string>("name") { Description = "A name for the bot or system that uses the key." };
        var role = RoleOption();
        var add = new Command("add", "Create an API key; it is printed once and stored only as a hash.") { name, role };
        shared.AddTo(add);
        add.SetAction(result => Run(shared, result, accounts =>
        {
            var key = accounts.CreateApiKey(result.GetValue(name)!, result.GetValue(role)!, "cli:" + Environment.UserName)
                ?? throw new ArgumentException($"An API key named '{result.GetValue(name)}' exists already; remove it first.");
            result.InvocationConfiguration.Output.WriteLine($"API key for {result.GetValue(name)} (shown once; send it as X-Api-Key): {key}");
        }));

        var list = new Command("list", "List API keys (names and roles; the keys themselves are not stored).");
        shared.AddTo(list);
        list.SetAction(result => Run(shared, result, accounts =>
        {
            foreach (var key in accounts.ApiKeys())
            {
                result.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key.Name,-24} {key.Role,-9} by {key.CreatedBy} {key.CreatedAt:yyyy-MM-dd}"));
            }
        }));

        var removed = new Argument<string>("name") { Description = "The key's name." };
        var remove = new Command("remove", "Revoke an API key.") { removed };
        shared.AddTo(remove);
        remove.SetAction(result => Run(shared, result, accounts =>
        {
            if (!accounts.RemoveApiKey(result.GetValue(removed)!))
            {
                throw new ArgumentException($"No API key '{result.GetValue(removed)}'.");
            }

            result.InvocationConfiguration.Output.WriteLine($"API key {result.GetValue(removed)} revoked.");
        }));

        return new Command("apikeys", "API keys for bots and other systems.") { add, list, remove };
    }

    private static Option<string> RoleOption()
    {
        var role = new Option<string>("--role") { Description = "reviewer or admin.", DefaultValueFactory = _ => AccountRoles.Reviewer };
        role.AcceptOnlyFromAmong([.. AccountRoles.All]);
        return role;
    }

    private static int Run(ServiceCommandOptions shared, ParseResult result, Action<AccountService> action) => shared.Run(result, services =>
    {
        try
        {
            action(services.GetRequiredService<AccountService>());
            return 0;
        }
        catch (ArgumentException e)
        {
            result.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
    });
}
