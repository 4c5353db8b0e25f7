using System.Collections.Immutable;
using Numinia.Components.Addons;

namespace Numinia.Stacks.Config;

/// <summary>One shared service with its settings as read, and whether this config installs it.</summary>
/// <param name="Service">The service.</param>
/// <param name="Settings">Its settings record.</param>
/// <param name="Installed">Whether this config installs it.</param>
public sealed record SharedServiceSettings(ISharedService Service, object Settings, bool Installed)
{
    /// <summary>The settings of the service whose settings record is <typeparamref name="T"/>, among <paramref name="all"/>.</summary>
    public static T Of<T>(ImmutableArray<SharedServiceSettings> all) where T : class
        => all.Select(s => s.Settings).OfType<T>().SingleOrDefault()
           ?? throw new InvalidOperationException($"No shared service has settings of type {typeof(T).Name}.");
}
