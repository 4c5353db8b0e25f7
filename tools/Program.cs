using Numinia.Infra.Plan;

// The offline tools around the Pulumi program (infra/), which `pulumi preview` and `pulumi up` run and this never
// does: `plan` and `bench` run a stack under the offline SDK's engine; `mock-view` runs on either SDK.
var command = args.Length > 0 ? args[0] : null;
var rest = args.Length > 0 ? args[1..] : [];

if (command == "plan")
{
#if PULUMI_OFFLINE
    return await Numinia.Infra.Bench.BenchCommand.PlanReportingStatsAsync(rest, Console.Out, Console.Error);
#else
    return await PlanCommand.RunAsync(rest, Console.Out, Console.Error);
#endif
}

// `mock-view` runs on either SDK: what the mock interface sees of a stack, for comparing the two builds.
if (command == "mock-view")
{
    return await MockView.RunAsync(rest, Console.Out, Console.Error);
}

// `verify` checks a running platform through its Kubernetes API, on either SDK.
if (command == "verify")
{
    return await Numinia.Infra.Verify.VerifyCommand.RunAsync(rest, Console.Out, Console.Error);
}

#if PULUMI_OFFLINE
if (command == "bench")
{
    return await Numinia.Infra.Bench.BenchCommand.RunAsync(rest, Console.Out, Console.Error);
}
#endif

Console.Error.WriteLine("usage: dotnet run --project tools -p:PulumiSdk=Offline -- plan|mock-view|bench|verify [OPTIONS]  (plan --help lists the plan's options; " +
                        "mock-view also runs on the real SDK, without -p:PulumiSdk=Offline)");
return PlanCommand.Usage;
