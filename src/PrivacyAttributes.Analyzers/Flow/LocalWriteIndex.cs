using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
    internal sealed class LocalWriteIndex
    {
        private static readonly ImmutableHashSet<string> MutatorNames = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "Append", "AppendLine", "AppendFormat", "AppendJoin", "Insert", "Replace",
            "Add", "AddRange", "Push", "Enqueue", "TryAdd", "Prepend", "Write", "WriteLine", "Set", "SetValue");

        private readonly Dictionary<ILocalSymbol, List<IOperation>> values = new(SymbolEqualityComparer.Default);

        private LocalWriteIndex()
        {
        }

        public IReadOnlyList<IOperation> ValuesOf(ILocalSymbol local) =>
            values.TryGetValue(local, out var list) ? list : (IReadOnlyList<IOperation>)Array.Empty<IOperation>();

        public static LocalWriteIndex Build(IOperation root)
        {
            var index = new LocalWriteIndex();
            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator:
                        var initializer = declarator.Initializer ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer;
                        index.Add(declarator.Symbol, initializer?.Value);
                        break;
                    case IDeconstructionAssignmentOperation deconstruction:
                        index.AddDeconstruction(deconstruction.Target, deconstruction.Value);
                        break;
                    case IAssignmentOperation assignment:
                        index.AddTarget(assignment.Target, assignment.Value);
                        break;
                    case IInvocationOperation invocation
                        when invocation.TargetMethod is { } method && MutatorNames.Contains(method.Name) && MutatedLocal(invocation) is { } receiver:
                        foreach (var argument in invocation.Arguments)
                        {
                            index.Add(receiver, argument.Value);
                        }

                        break;
                    case IForEachLoopOperation loop:
                        foreach (var local in LocalsIn(loop.LoopControlVariable))
                        {
                            index.Add(local, loop.Collection);
                        }

                        break;
                    case IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol patternLocal } pattern:
                        index.Add(patternLocal, TestedValue(pattern));
                        break;
                }
            }

            return index;
        }

        /// <summary>The local a mutator call changes, through fluent chains: <c>builder.Append(a).Append(b)</c>.</summary>
        private static ILocalSymbol? MutatedLocal(IInvocationOperation invocation)
        {
            var receiver = invocation.Instance;
            while (receiver is IInvocationOperation chained && chained.TargetMethod is { } method && MutatorNames.Contains(method.Name))
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

        private void Add(ILocalSymbol? local, IOperation? value)
        {
            if (local is null || value is null)
            {
                return;
            }

            if (!values.TryGetValue(local, out var list))
            {
                list = new List<IOperation>();
                values.Add(local, list);
            }

            list.Add(value);
        }

        private static IEnumerable<ILocalSymbol> LocalsIn(IOperation? variable)
        {
            if (variable is null)
            {
                yield break;
            }

            if (variable is IVariableDeclaratorOperation declarator)
            {
                yield return declarator.Symbol;
                yield break;
            }

            foreach (var descendant in variable.DescendantsAndSelf())
            {
                if (descendant is ILocalReferenceOperation reference)
                {
                    yield return reference.Local;
                }
            }
        }

        private static IOperation? TestedValue(IOperation pattern)
        {
            for (var current = pattern.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IIsPatternOperation isPattern:
                        return isPattern.Value;
                    case ISwitchExpressionOperation switchExpression:
                        return switchExpression.Value;
                    case ISwitchOperation switchStatement:
                        return switchStatement.Value;
                }
            }

            return null;
        }
    }
}
