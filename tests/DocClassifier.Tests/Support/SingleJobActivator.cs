using Hangfire;

namespace DocClassifier.Tests.Support;

/// <summary>Gives a Hangfire server this one job object for its type.</summary>
internal sealed class SingleJobActivator(object job) : JobActivator
{
    public override object ActivateJob(Type jobType) => jobType.IsInstanceOfType(job) ? job : base.ActivateJob(jobType);
}
