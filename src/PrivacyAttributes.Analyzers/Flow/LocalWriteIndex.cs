using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// For each local of one body, every value written into it: its initializer, assignments
    /// (simple, compound, <c>??=</c>, deconstruction), element and indexer stores, the items a
    /// <c>StringBuilder</c> or collection local receives through <c>Append</c>/<c>Add</c>-style calls,
    /// the collection a <c>foreach</c> variable comes from, and the value a pattern variable tests.
    /// Flow-insensitive on purpose: a write anywhere in the body counts, which is what a reviewer
    /// reading the method would assume too. Built in one pass, only for bodies where a flow reaches a local.
    /// </summary>
    /// <remarks>
    /// One instance is kept by each flow walker and refilled for the next body (<see cref="Fill"/>), so
    /// indexing a body allocates nothing once the instance has grown to the largest body seen: the
    /// flow rules index one body per sink or recipient call, and the garbage of a fresh dictionary and
    /// list per local was most of what they cost. The body is walked with the node kind read once per
    /// operation, not a type test per kind of write.
    /// </remarks>
    internal sealed class LocalWriteIndex
    {
        private const int RecursionLimit = 64;

        // The writes in body order, each local's chained from its first (Next) so a local's values are
        // read in the order they are written, as the flow reports the first source it meets.
        private readonly List<Write> writes = new();
        private readonly Dictionary<ILocalSymbol, Chain> chains = new(SymbolEqualityComparer.Default);
        private readonly Stack<IOperation> pending = new();

        /// <summary>The body indexed, or null before the first <see cref="Fill"/>.</summary>
        public IOperation? Root { get; private set; }

        /// <summary>Forgets the body indexed before and indexes <paramref name="root"/>.</summary>
        public void Fill(IOperation root)
        {
            Clear();
            Root = root;
            Walk(root, depth: 0);
        }

        // Pre-order, children in order: the order the values of one local are visited in. Recursive while
        // the tree is shallow, as bodies are, which spares a push and a pop per operation; a deep subtree
        // (a generated 5,000-term concatenation) is walked with an explicit stack instead of the thread's.
        private void Walk(IOperation operation, int depth)
        {
            Record(operation);
            if (depth >= RecursionLimit)
            {
                WalkDescendantsWithStack(operation);
                return;
            }

            foreach (var child in operation.ChildOperations)
            {
                Walk(child, depth + 1);
            }
        }

        private void WalkDescendantsWithStack(IOperation operation)
        {
            foreach (var child in operation.ChildOperations.Reverse())
            {
                pending.Push(child);
            }

            while (pending.Count > 0)
            {
                var current = pending.Pop();
                Record(current);
                foreach (var child in current.ChildOperations.Reverse())
                {
                    pending.Push(child);
                }
            }
        }

        /// <summary>Drops the body, so a kept instance holds on to no operation tree.</summary>
        public void Clear()
        {
            writes.Clear();
            chains.Clear();
            pending.Clear();
            Root = null;
        }

        /// <summary>The position of the first value written into <paramref name="local"/>, or -1; then <see cref="Next"/>.</summary>
        public int First(ILocalSymbol local) => chains.TryGetValue(local, out var chain) ? chain.Head : -1;

        /// <summary>The position of the next value written into the same local, or -1.</summary>
        public int Next(int position) => writes[position].Next;

        /// <summary>The value written at <paramref name="position"/>.</summary>
        public IOperation ValueAt(int position) => writes[position].Value;

        private void Record(IOperation operation)
        {
            switch (operation.Kind)
            {
                case OperationKind.VariableDeclarator when operation is IVariableDeclaratorOperation declarator:
                    var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                    Add(declarator.Symbol, initializer?.Value);
                    break;
                case OperationKind.DeconstructionAssignment when operation is IDeconstructionAssignmentOperation deconstruction:
                    AddDeconstruction(deconstruction.Target, deconstruction.Value);
                    break;
                case OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment
                    when operation is IAssignmentOperation assignment:
                    AddTarget(assignment.Target, assignment.Value);
                    break;
                case OperationKind.Invocation
                    when operation is IInvocationOperation { TargetMethod: { } method } invocation && IsMutator(method.Name) && MutatedLocal(invocation) is { } receiver:
                    foreach (var argument in invocation.Arguments)
                    {
                        Add(receiver, argument.Value);
                    }

                    break;
                case OperationKind.Loop when operation is IForEachLoopOperation loop:
                    AddLoopVariables(loop.LoopControlVariable, loop.Collection);
                    break;
                case OperationKind.DeclarationPattern when operation is IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol patternLocal } pattern:
                    Add(patternLocal, TestedValue(pattern));
                    break;
            }
        }

        /// <summary>The methods through which a local receives what is passed to them: <c>builder.Append(x)</c>, <c>list.Add(x)</c>.</summary>
        private static bool IsMutator(string name) => name switch
        {
            "Append" or "AppendLine" or "AppendFormat" or "AppendJoin" or "Insert" or "Replace"
                or "Add" or "AddRange" or "Push" or "Enqueue" or "TryAdd" or "Prepend" or "Write" or "WriteLine" or "Set" or "SetValue" => true,
            _ => false,
        };

        /// <summary>The local a mutator call changes, through fluent chains: <c>builder.Append(a).Append(b)</c>.</summary>
        private static ILocalSymbol? MutatedLocal(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            while (receiver is IInvocationOperation chained && chained.TargetMethod is { } method && IsMutator(method.Name))
            {
                receiver = chained.Instance;
            }

            return (receiver as ILocalReferenceOperation)?.Local;
        }

        private void AddTarget(IOperation? target, IOperation? value)
        {
            switch (target)
            {
                case ILocalReferenceOperation local:
                    Add(local.Local, value);
                    break;
                case IArrayElementReferenceOperation { ArrayReference: ILocalReferenceOperation array }:
                    Add(array.Local, value);
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: ILocalReferenceOperation indexed }:
                    Add(indexed.Local, value);
                    break;
            }
        }

        private void AddDeconstruction(IOperation? target, IOperation? value)
        {
            if (target is IDeclarationExpressionOperation declaration)
            {
                target = declaration.Expression;
            }

            if (target is ITupleOperation targets)
            {
                var values = value is IConversionOperation conversion ? conversion.Operand : value;
                var pairwise = values is ITupleOperation tuple && tuple.Elements.Length == targets.Elements.Length;
                for (var i = 0; i < targets.Elements.Length; i++)
                {
                    AddDeconstruction(targets.Elements[i], pairwise ? ((ITupleOperation)values!).Elements[i] : value);
                }

                return;
            }

            AddTarget(target, value);
        }

        /// <summary><c>foreach (var x in c)</c> and <c>foreach (var (a, b) in c)</c>: each variable comes from the collection.</summary>
        private void AddLoopVariables(IOperation? variable, IOperation collection)
        {
            if (variable is null)
            {
                return;
            }

            if (variable is IVariableDeclaratorOperation declarator)
            {
                Add(declarator.Symbol, collection);
                return;
            }

            foreach (var descendant in variable.DescendantsAndSelf())
            {
                if (descendant is ILocalReferenceOperation reference)
                {
                    Add(reference.Local, collection);
                }
            }
        }

        private void Add(ILocalSymbol? local, IOperation? value)
        {
            if (local is null || value is null)
            {
                return;
            }

            var position = writes.Count;
            writes.Add(new Write(value));
            if (chains.TryGetValue(local, out var chain))
            {
                writes[chain.Tail] = writes[chain.Tail].WithNext(position);
                chains[local] = new Chain(chain.Head, position);
            }
            else
            {
                chains.Add(local, new Chain(position, position));
            }
        }

        private static IOperation? TestedValue(IOperation pattern)
        {
            for (var current = pattern.Parent; current is not null; current = current.Parent)
            {
                switch (current.Kind)
                {
                    case OperationKind.IsPattern when current is IIsPatternOperation isPattern:
                        return isPattern.Value;
                    case OperationKind.SwitchExpression when current is ISwitchExpressionOperation switchExpression:
                        return switchExpression.Value;
                    case OperationKind.Switch when current is ISwitchOperation switchStatement:
                        return switchStatement.Value;
                }
            }

            return null;
        }

        private readonly struct Write
        {
            public Write(IOperation value, int next = -1)
            {
                Value = value;
                Next = next;
            }

            public IOperation Value { get; }

            public int Next { get; }

            public Write WithNext(int next) => new(Value, next);
        }

        private readonly struct Chain
        {
            public Chain(int head, int tail)
            {
                Head = head;
                Tail = tail;
            }

            public int Head { get; }

            public int Tail { get; }
        }
    }
}
