using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Aws.SecretsManager;
using Pulumi.Kubernetes.Core.V1;
using Pulumi.Kubernetes.Networking.V1;
using Pulumi.Kubernetes.Rbac.V1;
using static Numinia.Infra.Tests.Harness;
using Role = Pulumi.Aws.Iam.Role;
using Secret = Pulumi.Aws.SecretsManager.Secret;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif

namespace Numinia.Infra.Tests;

/// <summary>An organization's identity, access, certificates, secrets and tags.</summary>
public sealed partial class TenantsTests
{
    // ---------------------------------------------------------------- identity

    [Test]
    public async Task TheServiceAccountIsNamedAfterTheNamespaceAndAnnotatedWithItsOwnRole()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var account = built.Resources.Named<ServiceAccount>($"numinia-{environment}-sa");
            var metadata = await ValueAsync(account.Metadata);
            var role = built.Resources.Named<Role>($"numinia-{environment}-irsa-role");
            Assert.That(metadata.Namespace, Is.EqualTo(await ValueAsync(built.Organization.Environments[environment].Namespace)));
            Assert.That(metadata.Name, Is.EqualTo(metadata.Namespace));
            Assert.That(metadata.Annotations, Does.ContainKey("eks.amazonaws.com/role-arn").WithValue(await ValueAsync(role.Arn)));
            Assert.That(await ValueAsync(account.AutomountServiceAccountToken), Is.False,
                "workloads get AWS credentials from the projected IRSA token, not a Kubernetes API token");
        }
    }

    [Test]
    public async Task EachEnvironmentHasItsOwnRoleTrustingExactlyItsServiceAccount()
    {
        var built = await BuildAsync();
        var arns = new HashSet<string>();
        foreach (var (environment, ns) in new[] { ("pre", "numinia-pre"), ("pro", "numinia"), ("lab", "numinia-research") })
        {
            var role = built.Resources.Named<Role>($"numinia-{environment}-irsa-role");
            Assert.That(arns.Add(await ValueAsync(role.Arn)), Is.True, "never a role shared between environments");
            Assert.That(await ValueAsync(built.Organization.Environments[environment].RoleArn), Is.EqualTo(await ValueAsync(role.Arn)));
            var trust = PolicyDocument.FromJson(await ValueAsync(role.AssumeRolePolicy)).Statement.Single();
            var equals = trust.Condition!["StringEquals"];
            Assert.That(trust.Condition.Keys, Is.EqualTo(new[] { "StringEquals" }), "no StringLike: no wildcard subjects");
            Assert.That(equals[$"{OidcIssuer}:sub"], Is.EqualTo(new[] { $"system:serviceaccount:{ns}:{ns}" }));
            Assert.That(equals[$"{OidcIssuer}:aud"], Is.EqualTo(new[] { "sts.amazonaws.com" }));
            Assert.That(trust.Principal!["Federated"], Is.EqualTo(new[] { OidcArn }));
        }

        Assert.That(built.Resources.OfType<Role>().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task ARoleReadsOnlyItsOwnEnvironmentsSecrets()
    {
        var pre = await (await BuildAsync()).RolePolicyAsync("pre");
        Assert.Multiple(() =>
        {
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", SecretArn("numinia", "pre")), Is.True);
            Assert.That(Allows(pre, "secretsmanager:DescribeSecret", SecretArn("numinia", "pre", "database")), Is.True);
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", SecretArn("numinia", "pro")), Is.False, "not another environment's");
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", SecretArn("r3s3t", "pre")), Is.False, "not another organization's");
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", $"arn:aws:secretsmanager:{Region}:{Account}:secret:numinia/numinia-pre/pro/x-AbCdEf"),
                Is.False, "not an organization whose name starts the same");
            Assert.That(Allows(pre, "secretsmanager:GetSecretValue", $"arn:aws:secretsmanager:{Region}:{Account}:secret:rds!cluster-1-AbCdEf"), Is.False);
            Assert.That(Allows(pre, "secretsmanager:PutSecretValue", SecretArn("numinia", "pre")), Is.False, "read only");
            Assert.That(Allows(pre, "secretsmanager:ListSecrets", "*"), Is.False);
        });
    }

    [Test]
    public async Task ARoleDecryptsOnlyThroughSecretsManagerForItsOwnSecrets()
    {
        var pre = await (await BuildAsync()).RolePolicyAsync("pre");
        var viaSecretsManager = ("kms:ViaService", $"secretsmanager.{Region}.amazonaws.com");
        Assert.Multiple(() =>
        {
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn, viaSecretsManager, ("kms:EncryptionContext:SecretARN", SecretArn("numinia", "pre"))), Is.True);
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn, viaSecretsManager, ("kms:EncryptionContext:SecretARN", SecretArn("numinia", "pro"))), Is.False);
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn, ("kms:ViaService", $"ec2.{Region}.amazonaws.com"),
                ("kms:EncryptionContext:SecretARN", SecretArn("numinia", "pre"))), Is.False, "only through Secrets Manager");
            Assert.That(Allows(pre, "kms:Decrypt", ClusterKeyArn), Is.False, "never directly");
        });
    }

    [Test]
    public async Task ARoleReadsAndWritesOnlyItsOrganizationsStaticsPrefix()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro" })
        {
            var policy = await built.RolePolicyAsync(environment);
            Assert.Multiple(() =>
            {
                foreach (var action in new[] { "s3:GetObject", "s3:PutObject", "s3:DeleteObject" })
                {
                    Assert.That(Allows(policy, action, $"{BucketArn}/hyperfy-spaces/numinia/world/scene.glb"), Is.True, action);
                    Assert.That(Allows(policy, action, $"{BucketArn}/hyperfy-spaces/r3s3t/world/scene.glb"), Is.False, $"{action}: another organization's");
                    Assert.That(Allows(policy, action, $"{BucketArn}/hyperfy-spaces/numinia-labs/scene.glb"), Is.False, $"{action}: a name that starts the same");
                    Assert.That(Allows(policy, action, $"{BucketArn}/backups/db.dump"), Is.False, $"{action}: outside hyperfy-spaces");
                    Assert.That(Allows(policy, action, "arn:aws:s3:::another-bucket/hyperfy-spaces/numinia/scene.glb"), Is.False, $"{action}: another bucket");
                }

                Assert.That(Allows(policy, "s3:DeleteBucket", BucketArn), Is.False);
                Assert.That(Allows(policy, "s3:PutBucketPolicy", BucketArn), Is.False);
            });
        }
    }

    [Test]
    public async Task ARoleListsOnlyItsOrganizationsStaticsPrefix()
    {
        var policy = await (await BuildAsync()).RolePolicyAsync("pro");
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn, ("s3:prefix", "hyperfy-spaces/numinia/world/")), Is.True);
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn, ("s3:prefix", "hyperfy-spaces/r3s3t/")), Is.False);
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn, ("s3:prefix", "")), Is.False, "not the whole bucket");
        Assert.That(Allows(policy, "s3:ListBucket", BucketArn), Is.False, "not without a prefix");
    }

    [Test]
    public async Task ARoleUsesTheStaticsKeyOnlyThroughS3ForItsOwnPrefix()
    {
        var policy = await (await BuildAsync()).RolePolicyAsync("pre");
        var viaS3 = ("kms:ViaService", $"s3.{Region}.amazonaws.com");
        Assert.Multiple(() =>
        {
            foreach (var action in new[] { "kms:GenerateDataKey", "kms:Decrypt" })
            {
                Assert.That(Allows(policy, action, BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", $"{BucketArn}/hyperfy-spaces/numinia/a.glb")), Is.True, action);
                Assert.That(Allows(policy, action, BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", BucketArn)), Is.True, $"{action} with S3 Bucket Keys");
                Assert.That(Allows(policy, action, BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", $"{BucketArn}/hyperfy-spaces/r3s3t/a.glb")), Is.False, action);
                Assert.That(Allows(policy, action, BucketKeyArn, ("kms:ViaService", $"secretsmanager.{Region}.amazonaws.com"),
                    ("kms:EncryptionContext:aws:s3:arn", BucketArn)), Is.False, $"{action} only through S3");
            }

            Assert.That(Allows(policy, "kms:Encrypt", BucketKeyArn, viaS3, ("kms:EncryptionContext:aws:s3:arn", BucketArn)), Is.False);
        });
    }

    [Test]
    public async Task NoRoleStatementUsesAWildcardActionOrResource()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            foreach (var statement in (await built.RolePolicyAsync(environment)).Statement)
            {
                Assert.That(statement.Action, Has.None.Contains("*"), statement.Sid);
                Assert.That(statement.Resource!.Value, Has.None.EqualTo("*"), statement.Sid);
                Assert.That(statement.Resource!.Value, Has.None.EndsWith(":secret:*"), statement.Sid);
            }
        }
    }

    [Test]
    public async Task TheDefaultServiceAccountsTokenAutomountIsOff()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var patch = built.Resources.Named<ServiceAccountPatch>($"numinia-{environment}-default-sa");
            var metadata = await ValueAsync(patch.Metadata);
            Assert.That(metadata.Name, Is.EqualTo("default"));
            Assert.That(metadata.Namespace, Is.EqualTo(await ValueAsync(built.Organization.Environments[environment].Namespace)));
            Assert.That(await ValueAsync(patch.AutomountServiceAccountToken), Is.False);
        }
    }

    // ---------------------------------------------------------------- access

    [Test]
    public async Task RoleBindingsBindTheOrganizationsGroupsInItsNamespacesOnly()
    {
        var built = await BuildAsync();
        var bindings = built.Resources.OfType<RoleBinding>().ToArray();
        Assert.That(bindings, Has.Length.EqualTo(6), "developers and viewers in each of the three namespaces");
        Assert.That(built.Resources.OfType<ClusterRoleBinding>(), Is.Empty, "nothing cluster-wide");
        var seen = new List<(string, string, string)>();
        foreach (var binding in bindings)
        {
            var metadata = await ValueAsync(binding.Metadata);
            var roleRef = await ValueAsync(binding.RoleRef);
            var subject = (await ValueAsync(binding.Subjects)).Single();
            Assert.That(roleRef.Kind, Is.EqualTo("ClusterRole"));
            Assert.That(subject.Kind, Is.EqualTo("Group"));
            seen.Add((metadata.Namespace, roleRef.Name, subject.Name));
        }

        Assert.That(seen, Is.EquivalentTo(Namespaces.SelectMany(ns => new[]
        {
            (ns, "platform-developer", "numinia-developers"),
            (ns, "platform-viewer", "numinia-viewers"),
        })));
    }

    [Test]
    public async Task EachDeveloperAndViewerHasOneAccessEntryWithTheOrganizationsGroup()
    {
        var entries = (await BuildAsync()).Resources.OfType<AccessEntry>().ToArray();
        var mapped = await Task.WhenAll(entries.Select(async e =>
            (await ValueAsync(e.PrincipalArn), string.Join(",", await ValueAsync(e.KubernetesGroups)), await ValueAsync(e.ClusterName), await ValueAsync(e.Type))));
        Assert.That(mapped, Is.EquivalentTo(new[]
        {
            (Developer, "numinia-developers", "production-numinia", (string?)"STANDARD"),
            (Viewer, "numinia-viewers", "production-numinia", (string?)"STANDARD"),
        }));
    }

    [Test]
    public async Task ViewersAccessPolicyIsTheViewPolicyScopedToTheOrganizationsNamespaces()
    {
        var association = (await BuildAsync()).Resources.OfType<AccessPolicyAssociation>().Single();
        var scope = await ValueAsync(association.AccessScope);
        Assert.That(await ValueAsync(association.PrincipalArn), Is.EqualTo(Viewer), "developers get no access policy: their RoleBindings grant");
        Assert.That(await ValueAsync(association.PolicyArn), Is.EqualTo("arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"));
        Assert.That(scope.Type, Is.EqualTo("namespace"), "never cluster-wide");
        Assert.That(scope.Namespaces, Is.EquivalentTo(Namespaces));
    }

    // ---------------------------------------------------------------- certificates

    [Test]
    public async Task AnOrganizationWithAnAcmeEmailGetsItsOwnClusterIssuerForItsDomains()
    {
        var built = await BuildAsync();
        var issuer = built.Organization.Issuer!;
        var spec = await ValueAsync(issuer.Spec);
        var acme = At(spec, "acme");
        var solver = At(acme, "solvers", 0);
        Assert.Multiple(async () =>
        {
            Assert.That((await ValueAsync(issuer.Metadata)).Name, Is.EqualTo("letsencrypt-numinia"));
            Assert.That(await ValueAsync(issuer.Kind), Is.EqualTo("ClusterIssuer"));
            Assert.That(await ValueAsync(issuer.ApiVersion), Is.EqualTo("cert-manager.io/v1"));
            Assert.That(At(acme, "server"), Is.EqualTo("https://acme-v02.api.letsencrypt.org/directory"));
            Assert.That(At(acme, "email"), Is.EqualTo(Email));
            Assert.That(At(acme, "privateKeySecretRef", "name"), Is.EqualTo("letsencrypt-numinia-account-key"));
            Assert.That(((IList)At(acme, "solvers")!).Count, Is.EqualTo(1));
            Assert.That(At(solver, "http01", "ingress", "class"), Is.EqualTo("kourier.ingress.networking.knative.dev"));
            Assert.That(Strings(At(solver, "selector", "dnsZones")), Is.EqualTo(new[] { "numinia.xyz" }));
        });
        Assert.That(built.Resources.OfType<ClusterIssuer>().Count(), Is.EqualTo(1));
    }

    [Test]
    public async Task AnOrganizationWithoutAnAcmeEmailGetsNoClusterIssuer()
    {
        var built = await BuildAsync(Numinia(acmeEmail: null));
        Assert.That(built.Organization.Issuer, Is.Null);
        Assert.That(built.Resources.OfType<ClusterIssuer>(), Is.Empty);
    }

    // ---------------------------------------------------------------- secrets and tags

    [Test]
    public async Task EachEnvironmentHasAnAppSettingsSecretUnderItsPrefixEncryptedWithTheClusterKey()
    {
        var built = await BuildAsync();
        foreach (var environment in new[] { "pre", "pro", "lab" })
        {
            var secret = built.Resources.Named<Secret>($"numinia-{environment}-app-settings");
            var outputs = built.Organization.Environments[environment];
            Assert.That(await ValueAsync(secret.Name), Is.EqualTo($"numinia/numinia/{environment}/app-settings"));
            Assert.That(await ValueAsync(outputs.SecretNamePrefix), Is.EqualTo($"numinia/numinia/{environment}/"));
            Assert.That(await ValueAsync(secret.Name), Does.StartWith(await ValueAsync(outputs.SecretNamePrefix)));
            Assert.That(await ValueAsync(secret.KmsKeyId), Is.EqualTo(ClusterKeyArn), "a customer-managed key, not aws/secretsmanager");
            Assert.That(await ValueAsync(outputs.SecretArn), Is.EqualTo(await ValueAsync(secret.Arn)));
        }
    }

    [Test]
    public async Task TheInitialSecretVersionHoldsTheConfiguredKeysWithEmptyValues()
    {
        var version = (await BuildAsync()).Resources.Named<SecretVersion>("numinia-pre-app-settings-initial");
        using var settings = JsonDocument.Parse((await ValueAsync(version.SecretString))!);
        Assert.That(settings.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetString())),
            Is.EqualTo(new[] { ("OPENAI_API_KEY", (string?)""), ("DATABASE_URL", (string?)"") }));
        Assert.That(Organization.InitialSettings(ImmutableArray<string>.Empty), Is.EqualTo("{}"));
    }

#if PULUMI_OFFLINE
    [Test]
    public async Task TheSecretsValuesSetOutsidePulumiAreKept()
    {
        var version = (await BuildAsync()).Resources.Named<SecretVersion>("numinia-pre-app-settings-initial");
        var registration = Registrations.Of(version);
        Assert.That(registration.Options.IgnoreChanges, Is.EqualTo(new[] { "secretString" }));
        Assert.That(registration.Inputs["secretString"], Is.InstanceOf<SecretValue>(), "the settings stay secret in the state");
    }

    [Test]
    public async Task EveryAwsResourceOfTheOrganizationIsTaggedWithIt()
    {
        var built = await BuildAsync();
        var taggable = built.Resources.Where(r => Registrations.Of(r) is { Custom: true } reg && reg.Type.StartsWith("aws:", StringComparison.Ordinal)
            && reg.Type is not ("aws:iam/rolePolicy:RolePolicy" or "aws:eks/accessPolicyAssociation:AccessPolicyAssociation"
                or "aws:secretsmanager/secretVersion:SecretVersion" or "aws:iam/role:Role")).ToArray();
        Assert.That(taggable.Select(r => Registrations.Of(r).Type).Distinct(),
            Is.EquivalentTo(new[] { "aws:secretsmanager/secret:Secret", "aws:eks/accessEntry:AccessEntry" }));
        foreach (var resource in taggable)
        {
            var tags = (IDictionary)Registrations.Of(resource).Inputs["tags"]!;
            Assert.That(tags["Organization"], Is.EqualTo("numinia"), resource.GetResourceName());
        }

        // IrsaRole takes no tags: the Organization tag reaches its role through a transform on the component.
        foreach (var role in built.Resources.OfType<IrsaRole>())
        {
            Assert.That(Registrations.Of(role).Options.ResourceTransforms, Has.Length.EqualTo(1), role.GetResourceName());
        }
    }

    [Test]
    public async Task EveryKubernetesObjectUsesTheClusterProvider()
    {
        var built = await BuildAsync();
        var providerUrn = Registrations.Of(built.Provider).Urn;
        var objects = built.Resources.Where(r => Registrations.Of(r) is { Custom: true } reg && reg.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToArray();
        Assert.That(objects, Has.Length.GreaterThan(20));
        foreach (var resource in objects)
        {
            Assert.That(Registrations.Of(resource).ProviderUrn, Is.EqualTo(providerUrn), resource.GetResourceName());
        }
    }

    [Test]
    public async Task TheClusterIssuerWaitsForCertManagerAndTheRoleBindingsForTheClusterRoles()
    {
        var built = await BuildAsync();
        Assert.That(Registrations.Of(built.Organization.Issuer!).DependencyUrns, Does.Contain(Registrations.Of(built.CertManager).Urn));
        foreach (var binding in built.Resources.OfType<RoleBinding>())
        {
            Assert.That(Registrations.Of(binding).DependencyUrns, Does.Contain(Registrations.Of(built.Rbac).Urn), binding.GetResourceName());
        }
    }

    [Test]
    public async Task EveryChildIsUnderTheOrganization()
    {
        var built = await BuildAsync();
        var organizationUrn = Registrations.Of(built.Organization).Urn;
        var children = built.Resources.Where(r => Registrations.Of(r).ParentUrn == organizationUrn).ToArray();
        Assert.That(children.OfType<PlatformNamespace>().Count(), Is.EqualTo(3));
        Assert.That(children.OfType<IrsaRole>().Count(), Is.EqualTo(3));
        Assert.That(children.OfType<Secret>().Count(), Is.EqualTo(3));
        Assert.That(children.OfType<NetworkPolicy>().Count(), Is.EqualTo(18), "six policies in each namespace");
    }
#endif

    [Test]
    public async Task TheRoleTagTransformAddsTheOrganizationTagToRolesOnly()
    {
        var tags = ImmutableDictionary<string, object?>.Empty.Add("KubernetesServiceAccount", "numinia/numinia");
        var properties = ImmutableDictionary<string, object?>.Empty.Add("tags", tags).Add("description", "x");
        var options = new CustomResourceOptions();
        var transform = Organization.TagRoleWith("numinia");

        var role = await transform(new ResourceTransformArgs("numinia-pro-irsa-role", "aws:iam/role:Role", true, properties, options));
        var untagged = await transform(new ResourceTransformArgs("numinia-pro-irsa-role", "aws:iam/role:Role", true,
            ImmutableDictionary<string, object?>.Empty, options));
        var policy = await transform(new ResourceTransformArgs("numinia-pro-irsa-policy", "aws:iam/rolePolicy:RolePolicy", true, properties, options));

        var roleTags = (ImmutableDictionary<string, object?>)role!.Value.Args["tags"]!;
        Assert.That(roleTags["Organization"], Is.EqualTo("numinia"));
        Assert.That(roleTags["KubernetesServiceAccount"], Is.EqualTo("numinia/numinia"), "the role's own tags are kept");
        Assert.That(role.Value.Args["description"], Is.EqualTo("x"));
        Assert.That(((ImmutableDictionary<string, object?>)untagged!.Value.Args["tags"]!)["Organization"], Is.EqualTo("numinia"));
        Assert.That(policy, Is.Null, "role policies take no tags");
    }

    [Test]
    public async Task TheContractMapsEachEnvironmentToItsNamespaceServiceAccountRoleAndSecretPrefix()
    {
        var built = await BuildAsync();
        var contract = await ValueAsync(built.Organization.Contract);
        Assert.That(contract.Keys, Is.EquivalentTo(new[] { "pre", "pro", "lab" }));
        foreach (var (environment, ns) in new[] { ("pre", "numinia-pre"), ("pro", "numinia"), ("lab", "numinia-research") })
        {
            var entry = contract[environment];
            Assert.That(entry.Keys, Is.EquivalentTo(new[] { "namespace", "serviceAccount", "roleArn", "secretNamePrefix" }));
            Assert.That(entry["namespace"], Is.EqualTo(ns));
            Assert.That(entry["serviceAccount"], Is.EqualTo(ns));
            Assert.That(entry["roleArn"], Is.EqualTo(await ValueAsync(built.Resources.Named<Role>($"numinia-{environment}-irsa-role").Arn)));
            Assert.That(entry["secretNamePrefix"], Is.EqualTo($"numinia/numinia/{environment}/"));
        }
    }

    [Test]
    public void APrincipalCannotBeBothDeveloperAndViewer()
    {
        var spec = Numinia() with { ViewerArns = ImmutableArray.Create(Developer) };
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(spec));
        Assert.That(error!.Message, Does.Contain("both developers and viewers"));
    }
}
