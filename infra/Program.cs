using Numinia.Infra.Plan;
using Numinia.Stacks;
using Pulumi;

// `pulumi preview` and `pulumi up` run this program with no arguments; `plan` runs it offline.
if (args.Length > 0 && args[0] == "plan")
{
    return await PlanCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

return await Deployment.RunAsync<PlatformStack>();
