using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Routing;

namespace DocClassifier.Tests.Support;

/// <summary>A result sink whose first delivery waits until the test opens the gate (a run held in the middle); later ones pass.</summary>
internal sealed class GatedResultSink(IResultSink inner) : IResultSink, IDisposable
{
    private readonly ManualResetEventSlim gate = new(false);
    private readonly ManualResetEventSlim entered = new(false);
    private int calls;

    /// <summary>Set once a delivery is waiting at the gate.</summary>
    public WaitHandle Entered => entered.WaitHandle;

    public void Open() => gate.Set();

    public void Deliver(DocumentInfo document, ExtractedDocument extracted, IReadOnlyList<ExtractedField> fields, ResultDecision decision)
    {
        if (Interlocked.Increment(ref calls) == 1)
        {
            entered.Set();
            gate.Wait();
        }

        inner.Deliver(document, extracted, fields, decision);
    }

    public void Dispose()
    {
        gate.Dispose();
        entered.Dispose();
    }
}
