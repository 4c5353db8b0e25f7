using System.Collections.Immutable;
using Pulumi;
using Pulumi.Kubernetes.ApiExtensions;

namespace Numinia.Components.Addons.CertManager;

/// <summary>
/// A cert-manager <c>ClusterIssuer</c> (<c>cert-manager.io/v1</c>): a cluster-wide certificate authority
/// that Certificates in any namespace may name. Typed as crd2pulumi would generate it, with the fields the
/// platform sets.
/// </summary>
public class ClusterIssuer : Pulumi.Kubernetes.ApiExtensions.CustomResource
{
    /// <summary>The resource's type token.</summary>
    public const string TypeToken = "kubernetes:" + ClusterIssuerArgs.ApiVersionValue + ":" + ClusterIssuerArgs.KindValue;

    /// <summary>The issuer's spec as the API server stores it.</summary>
    [Output("spec")]
    public Output<ImmutableDictionary<string, object>> Spec { get; private set; } = null!;

    /// <summary>Declares a ClusterIssuer.</summary>
    public ClusterIssuer(string name, ClusterIssuerArgs args, CustomResourceOptions? options = null)
        : base(name, args, options)
    {
    }
}

/// <summary>The arguments of a <see cref="ClusterIssuer"/>.</summary>
public class ClusterIssuerArgs : CustomResourceArgs
{
    /// <summary>cert-manager's API version.</summary>
    public const string ApiVersionValue = "cert-manager.io/v1";

    /// <summary>The kind.</summary>
    public const string KindValue = "ClusterIssuer";

    /// <summary>New arguments of kind <c>cert-manager.io/v1</c> ClusterIssuer.</summary>
    public ClusterIssuerArgs()
        : base(ApiVersionValue, KindValue)
    {
    }

    /// <summary>What the issuer is: exactly one of <c>acme</c> or <c>selfSigned</c> here.</summary>
    [Input("spec")]
    public Input<ClusterIssuerSpecArgs>? Spec { get; set; }
}

/// <summary><c>spec</c> of a ClusterIssuer.</summary>
public class ClusterIssuerSpecArgs : ResourceArgs
{
    /// <summary>An ACME issuer (Let's Encrypt).</summary>
    [Input("acme")]
    public Input<ClusterIssuerSpecAcmeArgs>? Acme { get; set; }

    /// <summary>A self-signing issuer (an empty object).</summary>
    [Input("selfSigned")]
    public Input<ClusterIssuerSpecSelfSignedArgs>? SelfSigned { get; set; }
}

/// <summary><c>spec.selfSigned</c>: each certificate is signed by its own key.</summary>
public class ClusterIssuerSpecSelfSignedArgs : ResourceArgs
{
}

/// <summary><c>spec.acme</c>: an ACME account and how its challenges are solved.</summary>
public class ClusterIssuerSpecAcmeArgs : ResourceArgs
{
    /// <summary>The ACME directory URL.</summary>
    [Input("server", required: true)]
    public Input<string> Server { get; set; } = null!;

    /// <summary>The account's contact email (expiry notices).</summary>
    [Input("email")]
    public Input<string>? Email { get; set; }

    /// <summary>The Secret (in cert-manager's namespace) holding the ACME account's private key.</summary>
    [Input("privateKeySecretRef", required: true)]
    public Input<ClusterIssuerSpecAcmePrivateKeySecretRefArgs> PrivateKeySecretRef { get; set; } = null!;

    [Input("solvers")]
    private InputList<ClusterIssuerSpecAcmeSolversArgs>? _solvers;

    /// <summary>The challenge solvers; cert-manager picks the one whose selector matches a name most specifically.</summary>
    public InputList<ClusterIssuerSpecAcmeSolversArgs> Solvers
    {
        get => _solvers ??= new InputList<ClusterIssuerSpecAcmeSolversArgs>();
        set => _solvers = value;
    }
}

/// <summary><c>spec.acme.privateKeySecretRef</c>.</summary>
public class ClusterIssuerSpecAcmePrivateKeySecretRefArgs : ResourceArgs
{
    /// <summary>The Secret's name.</summary>
    [Input("name", required: true)]
    public Input<string> Name { get; set; } = null!;
}

/// <summary>One entry of <c>spec.acme.solvers</c>: an HTTP-01 or DNS-01 solver, optionally limited by a selector.</summary>
public class ClusterIssuerSpecAcmeSolversArgs : ResourceArgs
{
    /// <summary>Which names this solver is for; without one it is the fallback for every name.</summary>
    [Input("selector")]
    public Input<ClusterIssuerSpecAcmeSolversSelectorArgs>? Selector { get; set; }

    /// <summary>Solves HTTP-01 challenges through an ingress.</summary>
    [Input("http01")]
    public Input<ClusterIssuerSpecAcmeSolversHttp01Args>? Http01 { get; set; }

    /// <summary>Solves DNS-01 challenges through a DNS provider.</summary>
    [Input("dns01")]
    public Input<ClusterIssuerSpecAcmeSolversDns01Args>? Dns01 { get; set; }
}

/// <summary><c>solvers[].selector</c>.</summary>
public class ClusterIssuerSpecAcmeSolversSelectorArgs : ResourceArgs
{
    [Input("dnsNames")]
    private InputList<string>? _dnsNames;

    /// <summary>Exact DNS names (a wildcard name such as <c>*.example.com</c> included) this solver is for.</summary>
    public InputList<string> DnsNames
    {
        get => _dnsNames ??= new InputList<string>();
        set => _dnsNames = value;
    }

    [Input("dnsZones")]
    private InputList<string>? _dnsZones;

    /// <summary>DNS zones this solver is for: the zone's name and every name under it.</summary>
    public InputList<string> DnsZones
    {
        get => _dnsZones ??= new InputList<string>();
        set => _dnsZones = value;
    }
}

/// <summary><c>solvers[].http01</c>.</summary>
public class ClusterIssuerSpecAcmeSolversHttp01Args : ResourceArgs
{
    /// <summary>Solve through an Ingress that cert-manager creates for each challenge.</summary>
    [Input("ingress")]
    public Input<ClusterIssuerSpecAcmeSolversHttp01IngressArgs>? Ingress { get; set; }
}

/// <summary><c>solvers[].http01.ingress</c>: which ingress controller serves the challenge.</summary>
public class ClusterIssuerSpecAcmeSolversHttp01IngressArgs : ResourceArgs
{
    /// <summary>The <c>spec.ingressClassName</c> of the challenge Ingress (an IngressClass resource's name).</summary>
    [Input("ingressClassName")]
    public Input<string>? IngressClassName { get; set; }

    /// <summary>The <c>kubernetes.io/ingress.class</c> annotation of the challenge Ingress (controllers without an IngressClass, e.g. Knative's).</summary>
    [Input("class")]
    public Input<string>? Class { get; set; }
}

/// <summary><c>solvers[].dns01</c>.</summary>
public class ClusterIssuerSpecAcmeSolversDns01Args : ResourceArgs
{
    /// <summary>Solve through AWS Route53.</summary>
    [Input("route53")]
    public Input<ClusterIssuerSpecAcmeSolversDns01Route53Args>? Route53 { get; set; }
}

/// <summary><c>solvers[].dns01.route53</c>: credentials are ambient (the controller's IRSA role).</summary>
public class ClusterIssuerSpecAcmeSolversDns01Route53Args : ResourceArgs
{
    /// <summary>The AWS region of the Route53 API client.</summary>
    [Input("region")]
    public Input<string>? Region { get; set; }

    /// <summary>The hosted zone to write challenge records to (no zone lookup, so no list permission is needed).</summary>
    [Input("hostedZoneID")]
    public Input<string>? HostedZoneID { get; set; }
}
