using Numinia.Stacks;
using Pulumi;

// `pulumi preview` and `pulumi up` run this program. The stack config chooses the platform stack or a tenant stack
// (StackSelector). The offline plan, its reports and policy check, mock-view and the bench are tools/, outside it.
return await Deployment.RunAsync<Stack>(new StackSelector());
