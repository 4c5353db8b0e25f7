using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Pulumi;

namespace Numinia.Stacks.Contract;

/// <summary>
/// The platform stack's outputs, typed, read through a <see cref="StackReference"/> by application
/// repositories:
/// <code>
/// var platform = PlatformOutputs.From(new StackReference("numinia/numinia-infra/prod"));
/// var tenant = platform.Organization("numinia").Environment("pro");
/// var cluster = new Pulumi.Kubernetes.Provider("platform", new() { KubeConfig = platform.Kubeconfig });
/// // ... deploy into tenant.Namespace, running as tenant.ServiceAccount
/// </code>
/// Every value first checks the stack's <c>contractVersion</c>: a stack of another major version, a
/// missing output or an output of another shape fails the deployment with a
/// <see cref="PlatformContractException"/> that says what was expected. Values are read on first use.
/// </summary>
public sealed class PlatformOutputs
{
    private readonly StackReference _reference;
    private readonly ConcurrentDictionary<string, object> _outputs = new(StringComparer.Ordinal);
    private readonly Lazy<Output<string>> _contractVersion;

    private PlatformOutputs(StackReference reference)
    {
        _reference = reference;
        _contractVersion = new Lazy<Output<string>>(() => Output.Tuple(reference.GetOutput(PlatformOutputNames.ContractVersion), reference.Name)
            .Apply(t => CheckVersion(t.Item1, t.Item2)));
    }

    /// <summary>The typed outputs of the platform stack <paramref name="reference"/> points at.</summary>
    public static PlatformOutputs From(StackReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new PlatformOutputs(reference);
    }

    /// <summary>The contract version the stack publishes; fails unless its major is <see cref="PlatformContract.Major"/>.</summary>
    public Output<string> ContractVersion => _contractVersion.Value;

    /// <summary>The VPC id.</summary>
    public Output<string> VpcId => String(PlatformOutputNames.VpcId);

    /// <summary>The VPC CIDR block.</summary>
    public Output<string> VpcCidr => String(PlatformOutputNames.VpcCidr);

    /// <summary>Public subnet ids, in zone order.</summary>
    public Output<ImmutableArray<string>> PublicSubnetIds => Strings(PlatformOutputNames.PublicSubnetIds);

    /// <summary>Private subnet ids (nodes and pods), in zone order.</summary>
    public Output<ImmutableArray<string>> PrivateSubnetIds => Strings(PlatformOutputNames.PrivateSubnetIds);

    /// <summary>Database subnet ids, in zone order.</summary>
    public Output<ImmutableArray<string>> DatabaseSubnetIds => Strings(PlatformOutputNames.DatabaseSubnetIds);

    /// <summary>The EKS cluster's name.</summary>
    public Output<string> ClusterName => String(PlatformOutputNames.ClusterName);

    /// <summary>The cluster's private API endpoint.</summary>
    public Output<string> ClusterEndpoint => String(PlatformOutputNames.ClusterEndpoint);

    /// <summary>The cluster's certificate authority data (base64).</summary>
    public Output<string> ClusterCertificateAuthority => String(PlatformOutputNames.ClusterCertificateAuthority);

    /// <summary>The IAM OIDC provider's ARN, for the application's own IRSA roles.</summary>
    public Output<string> OidcProviderArn => String(PlatformOutputNames.OidcProviderArn);

    /// <summary>The OIDC issuer URL.</summary>
    public Output<string> OidcIssuerUrl => String(PlatformOutputNames.OidcIssuerUrl);

    /// <summary>A kubeconfig for a Kubernetes provider; authenticates with <c>aws eks get-token</c>. Always secret.</summary>
    public Output<string> Kubeconfig => (Output<string>)_outputs.GetOrAdd("secret:" + PlatformOutputNames.Kubeconfig,
        _ => Output.CreateSecret(String(PlatformOutputNames.Kubeconfig)));

    /// <summary>The node security group.</summary>
    public Output<string> NodeSecurityGroupId => String(PlatformOutputNames.NodeSecurityGroupId);

    /// <summary>A hostname that resolves to Kourier's load balancer (<c>kourier.&lt;baseDomain&gt;</c>; see <see cref="PlatformOutputNames.KourierHostname"/>).</summary>
    public Output<string> KourierHostname => String(PlatformOutputNames.KourierHostname);

    /// <summary>The base domain Knative services are published under.</summary>
    public Output<string> BaseDomain => String(PlatformOutputNames.BaseDomain);

    /// <summary>The cert-manager ClusterIssuers' names.</summary>
    public Output<ImmutableArray<string>> ClusterIssuers => Strings(PlatformOutputNames.ClusterIssuers);

    /// <summary>The External Secrets ClusterSecretStore to name in ExternalSecrets.</summary>
    public Output<string> SecretStoreName => String(PlatformOutputNames.SecretStoreName);

    /// <summary>The statics bucket's name.</summary>
    public Output<string> StaticsBucketName => String(PlatformOutputNames.StaticsBucketName);

    /// <summary>The statics bucket's ARN.</summary>
    public Output<string> StaticsBucketArn => String(PlatformOutputNames.StaticsBucketArn);

    /// <summary>The Aurora PostgreSQL writer endpoint.</summary>
    public Output<string> DatabaseEndpoint => String(PlatformOutputNames.DatabaseEndpoint);

    /// <summary>The Aurora PostgreSQL reader endpoint.</summary>
    public Output<string> DatabaseReaderEndpoint => String(PlatformOutputNames.DatabaseReaderEndpoint);

    /// <summary>The Aurora PostgreSQL port.</summary>
    public Output<int> DatabasePort => Read(PlatformOutputNames.DatabasePort, ToInt);

    /// <summary>The AWS account the platform runs in (contract 1.1).</summary>
    public Output<string> AccountId => String(PlatformOutputNames.AccountId);

    /// <summary>The AWS region (contract 1.1).</summary>
    public Output<string> Region => String(PlatformOutputNames.Region);

    /// <summary>The tags every AWS resource of the platform carries (contract 1.1).</summary>
    public Output<ImmutableDictionary<string, string>> DefaultTags => Read(PlatformOutputNames.DefaultTags, ToStringMap);

    /// <summary>The cluster's customer-managed KMS key ARN (contract 1.1).</summary>
    public Output<string> KmsKeyArn => String(PlatformOutputNames.KmsKeyArn);

    /// <summary>The database subnets' CIDR blocks, in zone order (contract 1.1).</summary>
    public Output<ImmutableArray<string>> DatabaseSubnetCidrs => Strings(PlatformOutputNames.DatabaseSubnetCidrs);

    /// <summary>Where the tenant organizations live, <c>inline</c> or <c>stacks</c> (contract 1.1).</summary>
    public Output<string> Tenancy => String(PlatformOutputNames.Tenancy);

    /// <summary>The cluster's Service address range (contract 1.2).</summary>
    public Output<string> ServiceCidr => String(PlatformOutputNames.ServiceCidr);

    /// <summary>The tenants: organization, then environment, then <see cref="PlatformOutputNames.TenantKeys"/>.</summary>
    public Output<ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>>> Organizations
        => Read(PlatformOutputNames.Organizations, ToOrganizations);

    /// <summary>One organization's outputs; an organization the stack does not have fails when its values are read, naming the known ones.</summary>
    public OrganizationOutputs Organization(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return (OrganizationOutputs)_outputs.GetOrAdd("organization:" + name, _ => new OrganizationOutputs(this, name));
    }

    /// <summary>The referenced stack's name, for messages.</summary>
    internal Output<string> StackName => _reference.Name;

    private Output<string> String(string name) => Read(name, AsString);

    private Output<ImmutableArray<string>> Strings(string name) => Read(name, ToStrings);

    private Output<T> Read<T>(string name, Func<string, object, T> convert)
        => (Output<T>)_outputs.GetOrAdd(name, n => Output.Tuple(ContractVersion, _reference.GetOutput(n), _reference.Name)
            .Apply(t => t.Item2 is null
                ? throw new PlatformContractException(
                    $"The platform stack '{t.Item3}' (contract {t.Item1}) has no output '{n}', which contract {PlatformContract.Version} names; "
                    + "upgrade the platform stack or read only the outputs it publishes.")
                : convert(n, t.Item2)));

    private static string CheckVersion(object? value, string stack)
    {
        if (value is null)
        {
            throw new PlatformContractException(
                $"The platform stack '{stack}' has no '{PlatformOutputNames.ContractVersion}' output: it predates the outputs contract, "
                + $"and this program reads contract {PlatformContract.Major}.x.");
        }

        if (value is not string version || PlatformContract.MajorOf(version) is not { } major)
        {
            throw new PlatformContractException(
                $"The platform stack '{stack}' has the contract version {Describe(value)}, which is not MAJOR.MINOR.");
        }

        return major == PlatformContract.Major
            ? version
            : throw new PlatformContractException(
                $"The platform stack '{stack}' publishes outputs contract {version}, but this program was built for contract "
                + $"{PlatformContract.Major}.x ({PlatformContract.Version}); a new major renames or reshapes outputs. "
                + $"Build against the Numinia.Stacks contract {major}.x before reading this stack.");
    }

    private static string AsString(string name, object value)
        => value as string ?? throw Shape(name, value, "a string");

    private static int ToInt(string name, object value) => value switch
    {
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Shape(name, value, "a whole number"),
    };

    private static ImmutableArray<string> ToStrings(string name, object value)
        => value is IEnumerable items and not string and not IDictionary
            ? items.Cast<object?>().Select(item => item as string ?? throw Shape(name, value, "a list of strings")).ToImmutableArray()
            : throw Shape(name, value, "a list of strings");

    private static ImmutableDictionary<string, string> ToStringMap(string name, object value)
        => Map(value, item => item as string) ?? throw Shape(name, value, "a map of strings");

    private static ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>> ToOrganizations(string name, object value)
    {
        const string expected = "a map of organization to environment to a map of strings (namespace, serviceAccount, roleArn, secretNamePrefix)";
        return Map(value, organization => Map(organization, environment => Map(environment, item => item as string)))
               ?? throw Shape(name, value, expected);
    }

    // A map with string keys whose every value converts; null when the value is no such map.
    private static ImmutableDictionary<string, T>? Map<T>(object? value, Func<object?, T?> convert) where T : class
    {
        if (value is not IDictionary map)
        {
            return null;
        }

        var builder = ImmutableDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Key is not string key || convert(entry.Value) is not { } converted)
            {
                return null;
            }

            builder[key] = converted;
        }

        return builder.ToImmutable();
    }

    private static PlatformContractException Shape(string name, object value, string expected)
        => new($"The platform stack's output '{name}' is {Describe(value)}, not {expected} as contract {PlatformContract.Version} says.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"the string '{s}'",
        _ => $"a {value.GetType().Name}",
    };
}

/// <summary>One organization's outputs in the platform stack.</summary>
public sealed class OrganizationOutputs
{
    private readonly PlatformOutputs _platform;
    private readonly ConcurrentDictionary<string, TenantEnvironmentOutputs> _environments = new(StringComparer.Ordinal);
    private readonly Lazy<Output<ImmutableArray<string>>> _environmentNames;

    internal OrganizationOutputs(PlatformOutputs platform, string name)
    {
        _platform = platform;
        Name = name;
        _environmentNames = new Lazy<Output<ImmutableArray<string>>>(() => Output.Tuple(platform.Organizations, platform.StackName)
            .Apply(t => Lookup(t.Item1, t.Item2).Keys.Order(StringComparer.Ordinal).ToImmutableArray()));
    }

    /// <summary>The organization's name.</summary>
    public string Name { get; }

    /// <summary>The organization's environments, sorted (e.g. <c>pre</c>, <c>pro</c>).</summary>
    public Output<ImmutableArray<string>> Environments => _environmentNames.Value;

    /// <summary>One environment's outputs; an environment the organization does not have fails when its values are read, naming the known ones.</summary>
    public TenantEnvironmentOutputs Environment(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _environments.GetOrAdd(name, environment => new TenantEnvironmentOutputs(Name, environment,
            Output.Tuple(_platform.Organizations, _platform.StackName).Apply(t => Lookup(t.Item1, t.Item2, environment))));
    }

    private ImmutableDictionary<string, ImmutableDictionary<string, string>> Lookup(
        ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>> organizations, string stack)
        => organizations.TryGetValue(Name, out var environments)
            ? environments
            : throw new PlatformContractException(
                $"The platform stack '{stack}' has no organization '{Name}'; its organizations are: {Known(organizations.Keys)}.");

    private ImmutableDictionary<string, string> Lookup(
        ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>> organizations, string stack, string environment)
        => Lookup(organizations, stack).TryGetValue(environment, out var values)
            ? values
            : throw new PlatformContractException(
                $"The organization '{Name}' of the platform stack '{stack}' has no environment '{environment}'; its environments are: {Known(Lookup(organizations, stack).Keys)}.");

    private static string Known(IEnumerable<string> names)
        => names.Any() ? string.Join(", ", names.Order(StringComparer.Ordinal)) : "(none)";
}

/// <summary>What an application of one organization environment deploys with.</summary>
public sealed class TenantEnvironmentOutputs
{
    internal TenantEnvironmentOutputs(string organization, string environment, Output<ImmutableDictionary<string, string>> values)
    {
        Organization = organization;
        Environment = environment;
        Namespace = Value(values, PlatformOutputNames.TenantKeys.Namespace);
        ServiceAccount = Value(values, PlatformOutputNames.TenantKeys.ServiceAccount);
        RoleArn = Value(values, PlatformOutputNames.TenantKeys.RoleArn);
        SecretNamePrefix = Value(values, PlatformOutputNames.TenantKeys.SecretNamePrefix);
    }

    /// <summary>The organization's name.</summary>
    public string Organization { get; }

    /// <summary>The environment's name (<c>pre</c>, <c>pro</c>).</summary>
    public string Environment { get; }

    /// <summary>The namespace to deploy into.</summary>
    public Output<string> Namespace { get; }

    /// <summary>The ServiceAccount pods run as (its IRSA role gives them their AWS identity).</summary>
    public Output<string> ServiceAccount { get; }

    /// <summary>The ARN of the environment's IRSA role.</summary>
    public Output<string> RoleArn { get; }

    /// <summary>The prefix of the Secrets Manager secrets the environment may read (for ExternalSecrets).</summary>
    public Output<string> SecretNamePrefix { get; }

    private Output<string> Value(Output<ImmutableDictionary<string, string>> values, string key)
        => values.Apply(map => map.TryGetValue(key, out var value)
            ? value
            : throw new PlatformContractException(
                $"The platform stack's '{PlatformOutputNames.Organizations}' output has no '{key}' for {Organization}/{Environment}, which contract {PlatformContract.Version} requires."));
}
