using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Renders an inventory as the sections of a privacy policy in Markdown: controller, data collected,
/// sources of the data, categories of data subjects, data whose provision is required, purposes and
/// legal bases, withdrawal of consent and right to object, recipients, transfers to third countries,
/// retention, special categories, criminal-offence data and children's data. Sections with nothing to
/// say are left out.
/// </summary>
/// <remarks>
/// <para>The output depends on the inventory alone: the renderer sorts everything itself (by enum value,
/// then ordinally), so the order of the JSON arrays, the current culture and the machine do not change a
/// byte. Lines end with <c>\n</c>, the text ends with one, and there are no dates.</para>
/// <para>It states only what the inventory shows. In particular it never writes "we do not knowingly
/// collect data from children": that is a promise about the business, which no annotation can prove
/// (docs/rendered-policy.md).</para>
/// </remarks>
public static class MarkdownRenderer
{
    /// <summary>Renders the policy sections.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="language">The language.</param>
    /// <returns>Markdown, ending with a newline.</returns>
    public static string Render(InventoryDocument inventory, PolicyLanguage language) =>
        Render(inventory, language, TaxonomyVocabulary.Instance);

    internal static string Render(InventoryDocument inventory, PolicyLanguage language, IPolicyVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(vocabulary);
        return new PolicyDocument(inventory, language, vocabulary).Render();
    }

    /// <summary>One rendering: the inventory, the language and the labels, and the Markdown written so far.</summary>
    private sealed class PolicyDocument(InventoryDocument inventory, PolicyLanguage language, IPolicyVocabulary vocabulary)
    {
        private readonly PolicyPhrases phrases = PolicyPhrases.For(language);
        private readonly MarkdownBuilder markdown = new();
        private readonly ImmutableArray<DataItem> dataItems = OrEmpty(inventory.DataItems);
        private readonly Dictionary<string, DataItem> itemsById = IndexById(OrEmpty(inventory.DataItems));
        private readonly List<RecipientDeclaration> recipients = DistinctRecipients(OrEmpty(inventory.Recipients));

        public string Render()
        {
            markdown.Heading(1, phrases.Title);
            WriteController();
            WriteDataCollected();
            WriteSources();
            WriteSubjects();
            WriteRequired();
            WritePurposes();
            WriteConsentAndObjection();
            WriteRecipients();
            WriteTransfers();
            WriteRetention();
            WriteSpecialCategories();
            WriteCriminalOffences();
            WriteChildren();
            return markdown.ToString();
        }

        private void WriteController()
        {
            if (inventory.Controller is not { } controller)
            {
                return;
            }

            markdown.Heading(2, phrases.ControllerHeading);
            markdown.Paragraph(phrases.ControllerIntro);
            markdown.Paragraph("**" + Text(controller.Name) + "**");
            WriteField(phrases.Address, controller.Address);
            WriteField(phrases.Email, controller.Email);
            WriteField(phrases.Website, controller.Website);
            WriteField(phrases.DataProtectionOfficer, controller.DataProtectionOfficer);
            WriteField(phrases.Representative, controller.Representative);
            WriteField(phrases.SupervisoryAuthority, controller.SupervisoryAuthority);

            // Art. 13(2)(d) GDPR: the authority is named, so the right to complain to it is stated with it.
            if (IsGiven(controller.SupervisoryAuthority))
            {
                markdown.Paragraph(phrases.RightToComplain);
            }

            void WriteField(string label, string? value)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    markdown.Bullet(label + ": " + Text(value));
                }
            }
        }

        private void WriteDataCollected()
        {
            if (dataItems.IsEmpty)
            {
                return;
            }

            markdown.Heading(2, phrases.DataCollectedHeading);
            markdown.Paragraph(phrases.DataCollectedIntro);
            var groups = dataItems
                .GroupBy(item => item.CategoryGroup ?? "Other", StringComparer.Ordinal)
                .OrderBy(group => vocabulary.GroupOrder(group.Key))
                .ThenBy(group => group.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                markdown.Heading(3, Label(vocabulary.GroupHeading(group.Key, language)));
                foreach (var line in CategoryLines(group))
                {
                    markdown.Bullet(line);
                }
            }
        }

        /// <summary>Art. 14(2)(f) GDPR: where data comes from when the person does not give it themselves
        /// (observed, received from third parties, public sources, derived), by source then category.</summary>
        private void WriteSources()
        {
            var bySource = dataItems
                .Where(item => item.Source != DataSource.DataSubject)
                .GroupAscending(item => item.Source)
                .ToList();
            if (bySource.Count == 0)
            {
                return;
            }

            markdown.Heading(2, phrases.SourcesHeading);
            markdown.Paragraph(phrases.SourcesIntro);
            foreach (var source in bySource)
            {
                markdown.Bullet(Label(vocabulary.DataSourceLabel(source.Key, language)) + ":");
                foreach (var line in CategoryLines(source))
                {
                    markdown.Bullet(line, depth: 1);
                }
            }
        }

        /// <summary>Whose data it is: one line per category of data subjects with the categories of data
        /// held about them. Items that name no subject are not attributed to anyone.</summary>
        private void WriteSubjects()
        {
            var bySubject = dataItems
                .SelectMany(item => SingleSubjects(item).Select(subject => (Subject: subject, Item: item)))
                .GroupAscending(pair => pair.Subject)
                .ToList();
            if (bySubject.Count == 0)
            {
                return;
            }

            markdown.Heading(2, phrases.SubjectsHeading);
            markdown.Paragraph(phrases.SubjectsIntro);
            foreach (var subject in bySubject)
            {
                var categories = subject.Select(pair => pair.Item.Category).DistinctAscending().Select(CategoryLabel);
                markdown.Bullet(Label(vocabulary.DataSubjectLabel(subject.Key, language)) + ": " + string.Join(", ", categories));
            }
        }

        /// <summary>Art. 13(2)(e) GDPR: the data marked <c>Required</c>.</summary>
        private void WriteRequired()
        {
            var required = dataItems.Where(item => item.Required).ToList();
            if (required.Count == 0)
            {
                return;
            }

            // Only what the flag says. The purposes are not repeated here: an item required for one purpose
            // may also be used for others (marketing), and listing them would read as if it were required
            // for those too.
            markdown.Heading(2, phrases.RequiredHeading);
            markdown.Paragraph(phrases.RequiredIntro);
            foreach (var line in CategoryLines(required))
            {
                markdown.Bullet(line);
            }
        }

        private void WritePurposes()
        {
            var purposes = OrEmpty(inventory.Purposes);
            if (purposes.IsEmpty)
            {
                return;
            }

            markdown.Heading(2, phrases.PurposesHeading);
            markdown.Paragraph(phrases.PurposesIntro);
            foreach (var purpose in purposes.OrderAscending(p => p.Purpose))
            {
                markdown.Heading(3, Label(vocabulary.PurposeLabel(purpose.Purpose, language)));
                var bases = SortedBases(purpose);
                foreach (var description in bases.Select(b => b.Description).Where(IsGiven).Select(d => Text(d!)).Distinct(StringComparer.Ordinal))
                {
                    markdown.Paragraph(description);
                }

                if (bases.IsEmpty)
                {
                    markdown.Bullet(phrases.LegalBasis + ": " + phrases.NoLegalBasis);
                }

                foreach (var basis in bases)
                {
                    markdown.Bullet(phrases.LegalBasis + ": " + DescribeLegalBasis(basis));
                }

                var categories = OrEmpty(purpose.DataItems)
                    .Select(id => itemsById.TryGetValue(id, out var item) ? item : null)
                    .OfType<DataItem>()
                    .Select(item => item.Category)
                    .DistinctAscending()
                    .Select(CategoryLabel)
                    .ToList();
                if (categories.Count > 0)
                {
                    markdown.Bullet(phrases.DataUsed + ": " + string.Join(", ", categories));
                }
            }
        }

        private string DescribeLegalBasis(LegalBasisDeclaration basis)
        {
            var text = new StringBuilder();
            text.Append(Label(vocabulary.LegalBasisLabel(basis.Basis, language)))
                .Append(" (").Append(Label(vocabulary.LegalBasisCitation(basis.Basis, language))).Append(')');
            if (basis.Basis == LegalBasis.LegitimateInterests && IsGiven(basis.LegitimateInterest))
            {
                text.Append("; ").Append(phrases.OurLegitimateInterest).Append(": ").Append(Text(basis.LegitimateInterest!));
            }

            if (basis.Condition != SpecialCategoryCondition.None)
            {
                text.Append("; ").Append(phrases.ForSpecialCategories).Append(": ").Append(DescribeCondition(basis.Condition));
            }

            return text.ToString();
        }

        private string DescribeCondition(SpecialCategoryCondition condition) =>
            Label(vocabulary.ConditionLabel(condition, language)) + " (" + Label(vocabulary.ConditionCitation(condition, language)) + ")";

        /// <summary>Art. 13(2)(c) and Art. 21(4) GDPR: the right to withdraw consent wherever a purpose rests
        /// on consent (or explicit consent under Art. 9(2)(a)), and the right to object wherever one rests on
        /// legitimate interests or a public task, and to direct marketing. Each names the purposes concerned.</summary>
        private void WriteConsentAndObjection()
        {
            var purposes = OrEmpty(inventory.Purposes);
            var consent = PurposesWhere(b => b.Basis == LegalBasis.Consent || b.Condition == SpecialCategoryCondition.ExplicitConsent);
            var objection = PurposesWhere(b => b.Basis is LegalBasis.LegitimateInterests or LegalBasis.PublicTask);
            var directMarketing = purposes.Any(p => p.Purpose == Purpose.DirectMarketing);
            if (consent.Count == 0 && objection.Count == 0 && !directMarketing)
            {
                return;
            }

            markdown.Heading(2, phrases.ConsentAndObjectionHeading);
            if (consent.Count > 0)
            {
                markdown.Paragraph(phrases.WithdrawConsent + " " + phrases.ThisConcerns + ": " + string.Join("; ", consent.Select(PurposeLabel)) + ".");
            }

            if (objection.Count > 0)
            {
                markdown.Paragraph(phrases.ObjectToLegitimateInterests + " " + phrases.ThisConcerns + ": " + string.Join("; ", objection.Select(PurposeLabel)) + ".");
            }

            if (directMarketing)
            {
                markdown.Paragraph(phrases.ObjectToDirectMarketing);
            }

            List<Purpose> PurposesWhere(Func<LegalBasisDeclaration, bool> predicate) =>
                [.. purposes.Where(p => OrEmpty(p.LegalBases).Any(predicate)).Select(p => p.Purpose).DistinctAscending()];
        }

        private void WriteRecipients()
        {
            if (recipients.Count == 0)
            {
                return;
            }

            var disclosed = DisclosedItemsByRecipient();

            markdown.Heading(2, phrases.RecipientsHeading);
            markdown.Paragraph(phrases.RecipientsIntro);
            foreach (var kind in recipients.GroupAscending(r => r.Kind))
            {
                markdown.Heading(3, Label(vocabulary.RecipientKindLabel(kind.Key, language)));
                foreach (var recipient in kind.OrderBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Description, StringComparer.Ordinal).ThenBy(r => string.Join(",", r.Purposes), StringComparer.Ordinal))
                {
                    var line = new StringBuilder(Text(recipient.Name));
                    if (IsGiven(recipient.Country))
                    {
                        line.Append(" (").Append(CountryName(recipient.Country!)).Append(')');
                    }

                    var sentences = new List<string>();
                    if (IsGiven(recipient.Description))
                    {
                        sentences.Add(Sentence(Text(recipient.Description!)));
                    }

                    var purposes = OrEmpty(recipient.Purposes);
                    if (!purposes.IsEmpty)
                    {
                        sentences.Add(Sentence(phrases.RecipientPurposes + ": " + string.Join("; ", purposes.DistinctAscending().Select(PurposeLabel))));
                    }

                    if (disclosed.TryGetValue(recipient.Name, out var items) && items.Count > 0)
                    {
                        sentences.Add(Sentence(phrases.RecipientData + ": " + string.Join(", ", items.Select(item => item.Category).DistinctAscending().Select(CategoryLabel))));
                    }

                    if (sentences.Count > 0)
                    {
                        line.Append(": ").Append(string.Join(" ", sentences));
                    }

                    markdown.Bullet(line.ToString());
                }
            }
        }

        private void WriteTransfers()
        {
            // A recipient outside the EEA is a transfer, and so is one whose declaration names a transfer
            // mechanism even without a country: both belong in front of legal.
            var transfers = recipients
                .Where(r => IsGiven(r.Country) ? !vocabulary.IsInEea(r.Country!) : r.Transfer is { } mechanism && mechanism != TransferMechanism.None)
                .OrderBy(r => r.Name, StringComparer.Ordinal)
                .ThenBy(r => r.Country, StringComparer.Ordinal)
                .ThenBy(r => r.Transfer)
                .ThenBy(r => r.Description, StringComparer.Ordinal)
                .ToList();
            if (transfers.Count == 0)
            {
                return;
            }

            markdown.Heading(2, phrases.TransfersHeading);
            markdown.Paragraph(phrases.TransfersIntro);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var recipient in transfers)
            {
                var line = Text(recipient.Name);
                if (IsGiven(recipient.Country))
                {
                    line += " (" + CountryName(recipient.Country!) + ")";
                }

                line += ": " + (recipient.Transfer is { } mechanism && mechanism != TransferMechanism.None
                    ? Label(vocabulary.TransferMechanismLabel(mechanism, language)) + " (" + Label(vocabulary.TransferMechanismCitation(mechanism, language)) + ")"
                    : phrases.NoTransferBasis);
                if (written.Add(line))
                {
                    markdown.Bullet(line);
                }
            }

            // Art. 13(1)(f) GDPR: the means to obtain a copy of the safeguards of Art. 46 and 47.
            if (transfers.Any(r => r.Transfer is TransferMechanism.StandardContractualClauses or TransferMechanism.BindingCorporateRules))
            {
                markdown.Paragraph(phrases.CopyOfSafeguards);
            }
        }

        private void WriteRetention()
        {
            var rules = new List<(Category Category, string What, string Period, string? Reason)>();
            foreach (var rule in OrEmpty(inventory.Retention))
            {
                rules.Add((rule.Category, CategoryLabel(rule.Category), rule.Period, rule.Reason));
            }

            // A member's own period overrides its category's default, so it gets a line of its own, named
            // by its description when it has one.
            foreach (var item in dataItems)
            {
                if (item.Retention is { } retention && string.Equals(retention.Origin, "Member", StringComparison.Ordinal))
                {
                    rules.Add((item.Category, ItemLabel(item), retention.Period, retention.Reason));
                }
            }

            if (rules.Count == 0)
            {
                return;
            }

            markdown.Heading(2, phrases.RetentionHeading);
            markdown.Paragraph(phrases.RetentionIntro);

            // Categories kept for the same period for the same reason share one line, as a policy would
            // write it; lines come in the order of their first category.
            var lines = rules
                .GroupBy(rule => (rule.Period, Reason: IsGiven(rule.Reason) ? Text(rule.Reason!) : string.Empty))
                .Select(group =>
                {
                    var ordered = group.OrderBy(rule => rule.Category).ThenBy(rule => rule.What, StringComparer.Ordinal).ToList();
                    var what = string.Join(", ", ordered.Select(rule => rule.What).Distinct(StringComparer.Ordinal));
                    var line = what + ": " + RetentionPeriodWording.Describe(group.Key.Period, language);
                    if (group.Key.Reason.Length > 0)
                    {
                        line += "; " + phrases.RetentionReason + ": " + group.Key.Reason;
                    }

                    return (First: ordered[0].Category, Line: line);
                })
                .OrderBy(line => line.First)
                .ThenBy(line => line.Line, StringComparer.Ordinal);
            foreach (var (_, line) in lines)
            {
                markdown.Bullet(line);
            }
        }

        private void WriteSpecialCategories()
        {
            var special = dataItems.Where(item => item.SpecialCategory).ToList();
            if (special.Count == 0)
            {
                return;
            }

            var purposesByPurpose = OrEmpty(inventory.Purposes)
                .GroupBy(p => p.Purpose)
                .ToDictionary(g => g.Key, g => g.SelectMany(p => OrEmpty(p.LegalBases)).ToList());
            markdown.Heading(2, phrases.SpecialCategoriesHeading);
            markdown.Paragraph(phrases.SpecialCategoriesIntro);
            foreach (var category in special.GroupAscending(item => item.Category))
            {
                markdown.Bullet(CategoryLine(category));
                foreach (var purpose in category.SelectMany(item => OrEmpty(item.Purposes)).DistinctAscending())
                {
                    var conditions = purposesByPurpose.TryGetValue(purpose, out var bases)
                        ? bases.Select(b => b.Condition).Where(c => c != SpecialCategoryCondition.None).DistinctAscending().Select(DescribeCondition).ToList()
                        : [];
                    markdown.Bullet(PurposeLabel(purpose) + ": " + (conditions.Count > 0 ? JoinWithAnd(conditions) : phrases.NoCondition), depth: 1);
                }
            }
        }

        /// <summary>Art. 10 GDPR: criminal-offence data, with each purpose's legal bases (Art. 10 requires
        /// the processing to be authorised by law, which the bases show or fail to show).</summary>
        private void WriteCriminalOffences()
        {
            var criminal = dataItems.Where(item => item.CriminalOffence).ToList();
            if (criminal.Count == 0)
            {
                return;
            }

            var basesByPurpose = OrEmpty(inventory.Purposes)
                .GroupBy(p => p.Purpose)
                .ToDictionary(g => g.Key, g => g.SelectMany(p => OrEmpty(p.LegalBases)).ToList());
            markdown.Heading(2, phrases.CriminalOffencesHeading);
            markdown.Paragraph(phrases.CriminalOffencesIntro);
            foreach (var category in criminal.GroupAscending(item => item.Category))
            {
                markdown.Bullet(CategoryLine(category));
                foreach (var purpose in category.SelectMany(item => OrEmpty(item.Purposes)).DistinctAscending())
                {
                    var bases = basesByPurpose.TryGetValue(purpose, out var declared)
                        ? declared.Select(b => b.Basis).DistinctAscending()
                            .Select(b => Label(vocabulary.LegalBasisLabel(b, language)) + " (" + Label(vocabulary.LegalBasisCitation(b, language)) + ")").ToList()
                        : [];
                    markdown.Bullet(PurposeLabel(purpose) + ": " + (bases.Count > 0 ? JoinWithAnd(bases) : phrases.NoLegalBasis), depth: 1);
                }
            }
        }

        private void WriteChildren()
        {
            var children = dataItems.Where(item => OrEmpty(item.Subjects).Contains(DataSubject.Child)).ToList();
            if (children.Count == 0)
            {
                return;
            }

            markdown.Heading(2, phrases.ChildrenHeading);
            markdown.Paragraph(phrases.ChildrenIntro);
            WriteCategoriesWithPurposes(children);
        }

        /// <summary>One line per category (as <see cref="CategoryLine"/>) followed by the purposes its items are collected for.</summary>
        private void WriteCategoriesWithPurposes(IEnumerable<DataItem> items)
        {
            foreach (var category in items.GroupAscending(item => item.Category))
            {
                var purposes = category.SelectMany(item => OrEmpty(item.Purposes)).DistinctAscending().Select(PurposeLabel).ToList();
                var line = CategoryLine(category);
                markdown.Bullet(purposes.Count > 0 ? line + "; " + phrases.ItemPurposes + ": " + string.Join("; ", purposes) : line);
            }
        }

        /// <summary>For each recipient name, the data items that may go to it: those whose <c>SharedWith</c>
        /// names it and those a processing site under <c>[SharesWith]</c> of it passes on.</summary>
        private Dictionary<string, List<DataItem>> DisclosedItemsByRecipient()
        {
            var ids = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            void Add(string recipient, string id)
            {
                if (!ids.TryGetValue(recipient, out var set))
                {
                    ids[recipient] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(id);
            }

            foreach (var item in dataItems)
            {
                foreach (var recipient in OrEmpty(item.SharedWith))
                {
                    Add(recipient, item.Id);
                }
            }

            foreach (var site in OrEmpty(inventory.Processing))
            {
                foreach (var recipient in OrEmpty(site.SharesWith))
                {
                    foreach (var id in OrEmpty(site.Discloses))
                    {
                        Add(recipient, id);
                    }
                }
            }

            return ids.ToDictionary(
                pair => pair.Key,
                pair => pair.Value.Select(id => itemsById.TryGetValue(id, out var item) ? item : null).OfType<DataItem>().ToList(),
                StringComparer.Ordinal);
        }

        /// <summary>The single flags an item's subjects name, without <see cref="DataSubject.None"/>; a combined
        /// value is split into its flags.</summary>
        private static IEnumerable<DataSubject> SingleSubjects(DataItem item) =>
            OrEmpty(item.Subjects)
                .SelectMany(subject => Enumerable.Range(0, 32).Select(bit => (DataSubject)(1 << bit)).Where(flag => (subject & flag) != 0))
                .Distinct();

        /// <summary>
        /// Recipients without repeats: two declarations that say the same (name, kind, country, transfer,
        /// purposes in any order, description) are one recipient to the reader, whichever assembly declared
        /// them. Declarations that differ in anything stay separate lines.
        /// </summary>
        private static List<RecipientDeclaration> DistinctRecipients(ImmutableArray<RecipientDeclaration> declared)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<RecipientDeclaration>();
            foreach (var recipient in declared)
            {
                var purposes = OrEmpty(recipient.Purposes).DistinctAscending().ToImmutableArray();
                var transfer = recipient.Transfer is { } mechanism && mechanism != TransferMechanism.None ? mechanism : (TransferMechanism?)null;
                var key = string.Join(
                    "\u0001",
                    recipient.Name,
                    ((int)recipient.Kind).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    recipient.Country ?? string.Empty,
                    transfer is { } t ? ((int)t).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
                    string.Join(",", purposes.Select(p => ((int)p).ToString(System.Globalization.CultureInfo.InvariantCulture))),
                    recipient.Description ?? string.Empty);
                if (seen.Add(key))
                {
                    result.Add(recipient with { Purposes = purposes, Transfer = transfer });
                }
            }

            return result;
        }

        /// <summary>One line per category: its label, or, when every member has a description, the label
        /// followed by the descriptions. With one undescribed member the label alone stands for all of them:
        /// listing only the others' descriptions would read as if nothing else of that category were collected.</summary>
        private IEnumerable<string> CategoryLines(IEnumerable<DataItem> items) =>
            items.GroupAscending(item => item.Category).Select(CategoryLine);

        private string CategoryLine(IEnumerable<DataItem> itemsOfOneCategory)
        {
            var items = itemsOfOneCategory.ToList();
            var label = CategoryLabel(items[0].Category);
            if (!items.TrueForAll(item => IsGiven(item.Description)))
            {
                return label;
            }

            var descriptions = items
                .Select(item => Text(item.Description!))
                .Where(description => !string.Equals(description, label, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            return descriptions.Count == 0 ? label : label + ": " + string.Join(", ", descriptions);
        }

        private string ItemLabel(DataItem item) =>
            IsGiven(item.Description) ? Text(item.Description!) : CategoryLabel(item.Category);

        private string CategoryLabel(Category category) => Label(vocabulary.CategoryLabel(category, language));

        private string PurposeLabel(Purpose purpose) => Label(vocabulary.PurposeLabel(purpose, language));

        private string CountryName(string code) => Text(vocabulary.CountryName(code, language) ?? code);

        private static ImmutableArray<LegalBasisDeclaration> SortedBases(PurposeDeclaration purpose) =>
            [.. OrEmpty(purpose.LegalBases)
                .OrderBy(b => b.Basis)
                .ThenBy(b => b.Condition)
                .ThenBy(b => b.LegitimateInterest, StringComparer.Ordinal)
                .ThenBy(b => b.Description, StringComparer.Ordinal)];

        private string JoinWithAnd(List<string> parts) =>
            parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " " + phrases.And + " " + parts[^1];

        // Labels are ours, not the user's, but go through the same escaping: a label with '_' or '*' must
        // not turn into emphasis either.
        private static string Label(string label) => MarkdownText.Escape(label);

        private static string Text(string value) => MarkdownText.Escape(value);

        private static string Sentence(string text) =>
            text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') ? text : text + ".";

        private static bool IsGiven(string? value) => !string.IsNullOrWhiteSpace(value);

        private static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> values) => values.IsDefault ? [] : values;

        private static Dictionary<string, DataItem> IndexById(ImmutableArray<DataItem> items)
        {
            // Ids are unique per the format; should two collide, the first by (id, assembly) wins, deterministically.
            var index = new Dictionary<string, DataItem>(StringComparer.Ordinal);
            foreach (var item in items.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Assembly, StringComparer.Ordinal))
            {
                index.TryAdd(item.Id, item);
            }

            return index;
        }
    }

    /// <summary>Writes Markdown blocks separated by exactly one blank line, list items without one.</summary>
    private sealed class MarkdownBuilder
    {
        private readonly StringBuilder text = new();
        private bool inList;

        public void Heading(int level, string heading)
        {
            StartBlock();
            text.Append('#', level).Append(' ').Append(heading).Append('\n');
        }

        public void Paragraph(string paragraph)
        {
            StartBlock();
            text.Append(paragraph).Append('\n');
        }

        public void Bullet(string item, int depth = 0)
        {
            if (!inList)
            {
                StartBlock();
                inList = true;
            }

            text.Append(' ', depth * 2).Append("- ").Append(item).Append('\n');
        }

        public override string ToString() => text.ToString();

        private void StartBlock()
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            inList = false;
        }
    }
}
