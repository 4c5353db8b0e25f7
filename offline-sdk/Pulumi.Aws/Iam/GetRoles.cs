// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:iam/getRoles:getRoles).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.Iam
{
    /// <summary>Mirror of the <c>aws:iam/getRoles:getRoles</c> function.</summary>
    public static class GetRoles
    {
        public static Task<GetRolesResult> InvokeAsync(GetRolesArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetRolesResult>("aws:iam/getRoles:getRoles", args ?? new GetRolesArgs(), options.WithDefaults());

        public static Output<GetRolesResult> Invoke(GetRolesInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetRolesResult>("aws:iam/getRoles:getRoles", args ?? new GetRolesInvokeArgs(), options.WithDefaults());

        public static Output<GetRolesResult> Invoke(GetRolesInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetRolesResult>("aws:iam/getRoles:getRoles", args ?? new GetRolesInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetRolesArgs : global::Pulumi.InvokeArgs
    {
        [Input("nameRegex")]
        public string? NameRegex { get; set; }

        [Input("pathPrefix")]
        public string? PathPrefix { get; set; }

        public GetRolesArgs()
        {
        }

        public static new GetRolesArgs Empty => new GetRolesArgs();
    }

    public sealed class GetRolesInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("nameRegex")]
        public Input<string>? NameRegex { get; set; }

        [Input("pathPrefix")]
        public Input<string>? PathPrefix { get; set; }

        public GetRolesInvokeArgs()
        {
        }

        public static new GetRolesInvokeArgs Empty => new GetRolesInvokeArgs();
    }

    [OutputType]
    public sealed class GetRolesResult
    {
        public readonly ImmutableArray<string> Arns;
        public readonly string Id;
        public readonly string? NameRegex;
        public readonly ImmutableArray<string> Names;
        public readonly string? PathPrefix;

        [OutputConstructor]
        private GetRolesResult(
            ImmutableArray<string> arns,
            string id,
            string? nameRegex,
            ImmutableArray<string> names,
            string? pathPrefix)
        {
            Arns = arns;
            Id = id;
            NameRegex = nameRegex;
            Names = names;
            PathPrefix = pathPrefix;
        }
    }
}
