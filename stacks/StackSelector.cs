using Numinia.Stacks.Config;
using Pulumi;

namespace Numinia.Stacks;

/// <summary>
/// Chooses the stack a run builds from its config: a <see cref="TenantStack"/> when <c>numinia-infra:organization</c>
/// is set (e.g. <c>Pulumi.prod-numinia.yaml</c>), otherwise the <see cref="PlatformStack"/>. Pulumi's
/// <c>Deployment.RunAsync&lt;Stack&gt;(IServiceProvider)</c> asks it for the <see cref="Stack"/> once the deployment,
/// and so the stack's config, exists.
/// </summary>
public sealed class StackSelector : IServiceProvider
{
    /// <inheritdoc />
    public object? GetService(Type serviceType)
        => serviceType == typeof(Stack)
            ? TenantStackConfig.IsTenantStack(PlatformStack.ReadConfigValue) ? new TenantStack() : new PlatformStack()
            : null;
}
