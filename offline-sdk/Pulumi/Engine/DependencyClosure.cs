namespace Pulumi.Engine
{
    /// <summary>
    /// The dependencies the real SDK sends the engine for a registration (pulumi-dotnet
    /// <c>Deployment_Prepare.cs</c>, <c>GetAllTransitivelyReferencedResourceUrnsAsync</c>): a dependency on a
    /// component stands for the resources it parents, walked through nested components; the walk stops at custom
    /// resources, and local components themselves are left out while remote components are kept.
    /// </summary>
    internal static class DependencyClosure
    {
        /// <summary>The custom resources and remote components <paramref name="direct"/> reaches through components.</summary>
        public static HashSet<Resource> Expand(IEnumerable<Resource> direct)
        {
            var reached = new HashSet<Resource>();
            var pending = new System.Collections.Generic.Stack<Resource>(direct);
            while (pending.Count > 0)
            {
                var resource = pending.Pop();
                if (!reached.Add(resource) || resource is not ComponentResource)
                {
                    continue;
                }

                foreach (var child in resource.State.Children)
                {
                    pending.Push(child);
                }
            }

            reached.RemoveWhere(r => r is ComponentResource && !r.State.Remote);
            return reached;
        }
    }
}
