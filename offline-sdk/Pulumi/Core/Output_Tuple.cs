using System.Collections.Immutable;

namespace Pulumi
{
    public static partial class Output
    {
        public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2) }).Apply(v => ((T1)v[0]!, (T2)v[1]!));

        public static Output<(T1, T2)> Tuple<T1, T2>(Output<T1> item1, Output<T2> item2)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2) }).Apply(v => ((T1)v[0]!, (T2)v[1]!));

        public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Input<T1> item1, Input<T2> item2, Input<T3> item3)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!));

        public static Output<(T1, T2, T3)> Tuple<T1, T2, T3>(Output<T1> item1, Output<T2> item2, Output<T3> item3)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!));

        public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!));

        public static Output<(T1, T2, T3, T4)> Tuple<T1, T2, T3, T4>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!));

        public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!));

        public static Output<(T1, T2, T3, T4, T5)> Tuple<T1, T2, T3, T4, T5>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!));

        public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5), ToObjectOutput(item6) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!));

        public static Output<(T1, T2, T3, T4, T5, T6)> Tuple<T1, T2, T3, T4, T5, T6>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5), ToObjectOutput(item6) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!));

        public static Output<(T1, T2, T3, T4, T5, T6, T7)> Tuple<T1, T2, T3, T4, T5, T6, T7>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6, Input<T7> item7)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5), ToObjectOutput(item6), ToObjectOutput(item7) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!, (T7)v[6]!));

        public static Output<(T1, T2, T3, T4, T5, T6, T7)> Tuple<T1, T2, T3, T4, T5, T6, T7>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6, Output<T7> item7)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5), ToObjectOutput(item6), ToObjectOutput(item7) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!, (T7)v[6]!));

        public static Output<(T1, T2, T3, T4, T5, T6, T7, T8)> Tuple<T1, T2, T3, T4, T5, T6, T7, T8>(Input<T1> item1, Input<T2> item2, Input<T3> item3, Input<T4> item4, Input<T5> item5, Input<T6> item6, Input<T7> item7, Input<T8> item8)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5), ToObjectOutput(item6), ToObjectOutput(item7), ToObjectOutput(item8) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!, (T7)v[6]!, (T8)v[7]!));

        public static Output<(T1, T2, T3, T4, T5, T6, T7, T8)> Tuple<T1, T2, T3, T4, T5, T6, T7, T8>(Output<T1> item1, Output<T2> item2, Output<T3> item3, Output<T4> item4, Output<T5> item5, Output<T6> item6, Output<T7> item7, Output<T8> item8)
            => All(new[] { ToObjectOutput(item1), ToObjectOutput(item2), ToObjectOutput(item3), ToObjectOutput(item4), ToObjectOutput(item5), ToObjectOutput(item6), ToObjectOutput(item7), ToObjectOutput(item8) }).Apply(v => ((T1)v[0]!, (T2)v[1]!, (T3)v[2]!, (T4)v[3]!, (T5)v[4]!, (T6)v[5]!, (T7)v[6]!, (T8)v[7]!));
    }
}
