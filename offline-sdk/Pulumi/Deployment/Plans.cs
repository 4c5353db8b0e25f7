using System.Collections.Immutable;
using Pulumi.Testing;

namespace Pulumi.Offline
{
    /// <summary>
    /// Runs a program for a plan: as <see cref="Deployment.TestWithServiceProviderAsync{TStack}"/>, except that the
    /// resources get the URNs the engine gives them (the whole chain of component types), not those of Pulumi's mock
    /// monitor, so a plan shows the URNs a deployment will have. This type exists only in the offline SDK.
    /// </summary>
    public static class Plans
    {
        /// <summary>Runs the <typeparamref name="TStack"/> the service provider makes, against the mocks.</summary>
        public static Task<ImmutableArray<Resource>> RunWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options = null)
            where TStack : Stack
            => Deployment.PlanWithServiceProviderAsync<TStack>(mocks, serviceProvider, options);
    }
}
