using Hangfire.States;

namespace DocClassifier.Tests.Support;

/// <summary>Hangfire's own ProcessingState can only be made by a worker; this is the same state as the storage records it.</summary>
internal sealed class RunningState(string serverId) : IState
{
    public string Name => ProcessingState.StateName;

    public string? Reason => null;

    public bool IsFinal => false;

    public bool IgnoreJobLoadException => false;

    public Dictionary<string, string> SerializeData() => new()
    {
        ["StartedAt"] = Hangfire.Common.JobHelper.SerializeDateTime(DateTime.UtcNow),
        ["ServerId"] = serverId,
        ["WorkerId"] = "worker",
    };
}
