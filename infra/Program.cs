using Numinia.Infra.Plan;
using Numinia.Stacks;
using Pulumi;

// `pulumi preview` and `pulumi up` run this program with no arguments; `plan` and `bench` run it offline.
if (args.Length > 0 && args[0] == "plan")
{
#if PULUMI_OFFLINE
    return await Numinia.Infra.Bench.BenchCommand.PlanReportingStatsAsync(args[1..], Console.Out, Console.Error);
#else
    return await PlanCommand.RunAsync(args[1..], Console.Out, Console.Error);
#endif
}

// `mock-view` runs on either SDK: what the mock interface sees of a stack, for comparing the two builds.
if (args.Length > 0 && args[0] == "mock-view")
{
    return await MockView.RunAsync(args[1..], Console.Out, Console.Error);
}

#if PULUMI_OFFLINE
if (args.Length > 0 && args[0] == "bench")
{
    return await Numinia.Infra.Bench.BenchCommand.RunAsync(args[1..], Console.Out, Console.Error);
}
#endif

// The stack config chooses the platform stack or a tenant stack (StackSelector).
return await Deployment.RunAsync<Stack>(new StackSelector());
