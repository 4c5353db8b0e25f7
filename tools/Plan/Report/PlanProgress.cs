#if PULUMI_OFFLINE
using System.Diagnostics;
using System.Globalization;
using Pulumi.Testing;

namespace Numinia.Infra.Plan.Report;

/// <summary>
/// Progress of a long plan on stderr (stdout stays the tree's): how many resources the engine has
/// registered, every <see cref="Every"/> resources or <see cref="Interval"/>, and one line per report
/// written. It counts registrations by standing between the offline engine and the mocks
/// (<see cref="Observe"/>): every resource passes through <see cref="IMocks.NewResourceAsync"/> once.
/// Nothing is printed while a plan is quicker than <see cref="Quiet"/>.
/// </summary>
public sealed class PlanProgress
{
    private readonly TextWriter? _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _lock = new();
    private long _registered;
    private TimeSpan _lastPrinted;
    private bool _printed;

    /// <summary>Progress written to <paramref name="error"/>, or none when it is null.</summary>
    public PlanProgress(TextWriter? error)
    {
        _error = error;
    }

    /// <summary>Prints at least every this many resources.</summary>
    public int Every { get; init; } = 1000;

    /// <summary>Prints at least this often while resources are being registered.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A plan quicker than this prints no progress.</summary>
    public TimeSpan Quiet { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many resources have been registered so far.</summary>
    public long Registered => Interlocked.Read(ref _registered);

    /// <summary>Mocks that count each registration before passing it to <paramref name="mocks"/>.</summary>
    public IMocks Observe(IMocks mocks) => new CountingMocks(mocks, this);

    /// <summary>Counts one registration, printing when a threshold is crossed.</summary>
    public void OnRegistered()
    {
        var count = Interlocked.Increment(ref _registered);
        if (_error is null)
        {
            return;
        }

        var now = _clock.Elapsed;
        if (now >= Quiet && (count % Every == 0 || now - _lastPrinted >= Interval))
        {
            Print($"plan: {count:N0} resources registered ({now.TotalSeconds:0.0} s)", now);
        }
    }

    /// <summary>Ends the registration phase: a last count if any progress was shown.</summary>
    public void Planned()
    {
        if (_printed)
        {
            Print($"plan: {Registered:N0} resources planned in {_clock.Elapsed.TotalSeconds:0.0} s", _clock.Elapsed);
        }
    }

    /// <summary>Reports a step of the report writing.</summary>
    public void Step(string message) => Print("plan: " + message, _clock.Elapsed);

    /// <summary>Times a step of the report writing and reports it when done.</summary>
    public T Step<T>(string name, Func<T> work, Func<T, string> describe)
    {
        var started = _clock.Elapsed;
        var result = work();
        Step($"{name}: {describe(result)} ({(_clock.Elapsed - started).TotalSeconds:0.0} s)");
        return result;
    }

    private void Print(FormattableString message, TimeSpan now) => Print(message.ToString(CultureInfo.InvariantCulture), now);

    private void Print(string message, TimeSpan now)
    {
        if (_error is null)
        {
            return;
        }

        lock (_lock)
        {
            _error.WriteLine(message);
            _lastPrinted = now;
            _printed = true;
        }
    }

    private sealed class CountingMocks : IMocks
    {
        private readonly IMocks _inner;
        private readonly PlanProgress _progress;

        public CountingMocks(IMocks inner, PlanProgress progress)
        {
            _inner = inner;
            _progress = progress;
        }

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
        {
            _progress.OnRegistered();
            return _inner.NewResourceAsync(args);
        }

        public Task<object> CallAsync(MockCallArgs args) => _inner.CallAsync(args);

        public Task RegisterResourceOutputs(MockRegisterResourceOutputsRequest args) => _inner.RegisterResourceOutputs(args);
    }
}
#endif
