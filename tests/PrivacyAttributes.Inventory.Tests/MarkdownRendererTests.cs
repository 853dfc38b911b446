using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using static PrivacyAttributes.Inventory.Tests.TestInventory;

namespace PrivacyAttributes.Inventory.Tests;

public sealed class MarkdownRendererTests
{
    private static string English(InventoryDocument inventory) => MarkdownRenderer.Render(inventory, PolicyLanguage.English);

    private static string German(InventoryDocument inventory) => MarkdownRenderer.Render(inventory, PolicyLanguage.German);

    [Fact]
    public void Empty_inventory_renders_only_the_title()
    {
        var inventory = Document();

        Assert.Equal("# Privacy information\n", English(inventory));
        Assert.Equal("# Datenschutzhinweise\n", German(inventory));
    }

    [Fact]
    public void Controller_block_comes_first_with_every_given_field()
    {
        var inventory = Document(
            items: [Item("A.Email", Category.Email)],
            controller: new ControllerDeclaration("Example GmbH", "Beispielweg 1, 10115 Berlin", "privacy@example.com", null, "dpo@example.com", "Example EU B.V.", "BlnBDI", "Shop.Domain"));

        var english = English(inventory);
        var german = German(inventory);

        Assert.StartsWith("# Privacy information\n\n## Controller\n\nThe controller responsible for the processing of your personal data is:\n\n**Example GmbH**\n\n- Address: Beispielweg 1, 10115 Berlin\n- Email: privacy@example.com\n- Data protection officer: dpo@example.com\n- Representative in the European Union: Example EU B.V.\n- Competent supervisory authority: BlnBDI\n\nYou have the right to lodge a complaint with a supervisory authority (Art. 77 GDPR).\n\n## Personal data we collect", english);
        Assert.DoesNotContain("Website", english);
        Assert.DoesNotContain("Art. 77", English(inventory with { Controller = inventory.Controller! with { SupervisoryAuthority = null } }));
        Assert.Contains("## Verantwortlicher\n\nVerantwortlicher für die Verarbeitung Ihrer personenbezogenen Daten ist:\n\n**Example GmbH**\n\n- Anschrift: Beispielweg 1, 10115 Berlin\n- E-Mail: privacy@example.com\n- Datenschutzbeauftragter: dpo@example.com\n- Vertreter in der Union: Example EU B.V.\n- Zuständige Aufsichtsbehörde: BlnBDI\n\nSie haben das Recht auf Beschwerde bei einer Aufsichtsbehörde (Art. 77 DSGVO).\n", german);
    }

    [Fact]
    public void Data_collected_is_grouped_one_line_per_category_with_descriptions_when_every_member_has_one()
    {
        var inventory = Document(items:
        [
            Item("A.WorkEmail", Category.Email, description: "work email"),
            Item("A.PrivateEmail", Category.Email, description: "private email"),
            Item("A.OtherWorkEmail", Category.Email, description: "work email"),
            Item("A.Phone", Category.PhoneNumber, description: "mobile"),
            Item("A.Phone2", Category.PhoneNumber),
            Item("A.Name", Category.Name, description: "First and last name"),
            Item("A.Ip", Category.IpAddress, group: "OnlineIdentifiers"),
            Item("A.Health", Category.Health, group: "SpecialCategories", special: true),
        ]);

        Assert.Contains(
            "## Personal data we collect\n\nWe collect the following categories of personal data:\n\n" +
            "### Identity and contact details\n\n- First and last name\n- Email address: private email, work email\n- Telephone number\n\n" +
            "### Online identifiers\n\n- IP address\n\n" +
            "### Special categories of personal data\n\n- Health data\n",
            English(inventory));
        // A description that repeats the label is dropped; it is compared with the label of the language rendered.
        Assert.Contains("### Identitäts- und Kontaktdaten\n\n- Vor- und Nachname: First and last name\n- E-Mail-Adresse: private email, work email\n- Telefonnummer\n", German(inventory));
    }

    [Fact]
    public void Purposes_list_each_legal_basis_with_its_citation_letter_and_the_data_used()
    {
        var inventory = Document(
            items: [Item("A.Email", Category.Email), Item("A.Name", Category.Name)],
            purposes:
            [
                PurposeEntry(Purpose.LegalCompliance, [Basis(LegalBasis.LegalObligation)], "A.Name"),
                PurposeEntry(Purpose.OrderFulfillment, [Basis(LegalBasis.Contract, description: "Delivering what you bought")], "A.Email", "A.Name", "A.Unknown"),
                PurposeEntry(Purpose.DirectMarketing, [Basis(LegalBasis.LegitimateInterests, interest: "Offers to existing customers"), Basis(LegalBasis.Consent)], "A.Email"),
                PurposeEntry(Purpose.Research, [Basis(LegalBasis.PublicTask)]),
                PurposeEntry(Purpose.Security, [Basis(LegalBasis.VitalInterests)]),
                PurposeEntry(Purpose.Analytics, []),
            ]);

        var english = English(inventory);
        var german = German(inventory);

        Assert.Contains("### Processing your order\n\nDelivering what you bought\n\n- Legal basis: Performance of a contract (Art. 6(1)(b) GDPR)\n- Data used: First and last name, Email address\n", english);
        Assert.Contains("### Direct marketing\n\n- Legal basis: Consent (Art. 6(1)(a) GDPR)\n- Legal basis: Legitimate interests (Art. 6(1)(f) GDPR); our legitimate interest: Offers to existing customers\n- Data used: Email address\n", english);
        Assert.Contains("- Legal basis: Legal obligation (Art. 6(1)(c) GDPR)\n", english);
        Assert.Contains("- Legal basis: Vital interests (Art. 6(1)(d) GDPR)\n", english);
        Assert.Contains("- Legal basis: Public task (Art. 6(1)(e) GDPR)\n", english);
        Assert.Contains("### Analysing how our services are used\n\n- Legal basis: none declared\n", english);

        Assert.Contains("- Rechtsgrundlage: Vertragserfüllung (Art. 6 Abs. 1 lit. b DSGVO)\n- Verarbeitete Daten: Vor- und Nachname, E-Mail-Adresse\n", german);
        Assert.Contains("- Rechtsgrundlage: Einwilligung (Art. 6 Abs. 1 lit. a DSGVO)\n- Rechtsgrundlage: Berechtigte Interessen (Art. 6 Abs. 1 lit. f DSGVO); unser berechtigtes Interesse: Offers to existing customers\n", german);
        Assert.Contains("(Art. 6 Abs. 1 lit. c DSGVO)", german);
        Assert.Contains("(Art. 6 Abs. 1 lit. d DSGVO)", german);
        Assert.Contains("(Art. 6 Abs. 1 lit. e DSGVO)", german);
        Assert.Contains("- Rechtsgrundlage: keine angegeben\n", german);

        // By enum value: order fulfilment (3) before direct marketing (10) before legal compliance (20).
        Assert.True(english.IndexOf("### Processing your order", StringComparison.Ordinal) < english.IndexOf("### Direct marketing", StringComparison.Ordinal));
        Assert.True(english.IndexOf("### Direct marketing", StringComparison.Ordinal) < english.IndexOf("### Complying with legal obligations", StringComparison.Ordinal));
    }

    [Fact]
    public void Legitimate_interest_text_is_shown_only_for_legitimate_interests()
    {
        var inventory = Document(purposes: [PurposeEntry(Purpose.OrderFulfillment, [Basis(LegalBasis.Contract, interest: "stray interest")])]);

        Assert.DoesNotContain("stray interest", English(inventory));
    }

    [Fact]
    public void Special_categories_name_the_data_purposes_and_Art_9_2_conditions()
    {
        var inventory = Document(
            items:
            [
                Item("A.Answers", Category.Health, [Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.LegalClaims, Purpose.Analytics], group: "SpecialCategories", special: true, description: "questionnaire answers"),
                Item("A.Email", Category.Email, [Purpose.ServiceProvision]),
            ],
            purposes:
            [
                PurposeEntry(Purpose.ServiceProvision, [Basis(LegalBasis.Contract, SpecialCategoryCondition.ExplicitConsent)], "A.Answers", "A.Email"),
                PurposeEntry(Purpose.HealthcareProvision, [Basis(LegalBasis.Contract, SpecialCategoryCondition.HealthOrSocialCare), Basis(LegalBasis.Contract, SpecialCategoryCondition.ExplicitConsent)], "A.Answers"),
                PurposeEntry(Purpose.LegalClaims, [Basis(LegalBasis.LegitimateInterests, SpecialCategoryCondition.LegalClaims, "Defending claims")], "A.Answers"),
                PurposeEntry(Purpose.Analytics, [Basis(LegalBasis.LegitimateInterests, interest: "Statistics")], "A.Answers"),
            ]);

        var english = English(inventory);
        var german = German(inventory);

        Assert.Contains("- Legal basis: Performance of a contract (Art. 6(1)(b) GDPR); for special categories of personal data: Explicit consent (Art. 9(2)(a) GDPR)\n", english);
        Assert.Contains("- Legal basis: Legitimate interests (Art. 6(1)(f) GDPR); our legitimate interest: Defending claims; for special categories of personal data: Establishment, exercise or defence of legal claims (Art. 9(2)(f) GDPR)\n", english);
        Assert.Contains(
            "## Special categories of personal data\n\nWe process the following special categories of personal data (Art. 9 GDPR), for the purposes and on the conditions of Art. 9(2) GDPR stated:\n\n" +
            "- Health data: questionnaire answers\n" +
            "  - Providing our services: Explicit consent (Art. 9(2)(a) GDPR)\n" +
            "  - Analysing how our services are used: no condition under Art. 9(2) GDPR is declared\n" +
            "  - Establishing, exercising or defending legal claims: Establishment, exercise or defence of legal claims (Art. 9(2)(f) GDPR)\n" +
            "  - Providing medical care: Explicit consent (Art. 9(2)(a) GDPR) and Medical diagnosis and health or social care (Art. 9(2)(h) GDPR)\n",
            english);
        Assert.Contains("  - Erbringung unserer Leistungen: ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO)\n", german);
        Assert.Contains("  - Erbringung medizinischer Leistungen: ausdrückliche Einwilligung (Art. 9 Abs. 2 lit. a DSGVO) und Gesundheitsvorsorge, medizinische Diagnostik und Versorgung (Art. 9 Abs. 2 lit. h DSGVO)\n", german);
        Assert.Contains("keine Ausnahme nach Art. 9 Abs. 2 DSGVO angegeben", german);
    }

    [Fact]
    public void No_special_category_data_means_no_special_category_section()
    {
        var inventory = Document(items: [Item("A.Email", Category.Email)], purposes: [PurposeEntry(Purpose.AccountManagement, [Basis(LegalBasis.Contract, SpecialCategoryCondition.ExplicitConsent)], "A.Email")]);

        Assert.DoesNotContain("## Special categories", English(inventory));
    }

    [Fact]
    public void Recipients_are_grouped_by_kind_with_country_description_and_purposes()
    {
        var inventory = Document(recipients:
        [
            Recipient("Stripe", country: "IE", transfer: TransferMechanism.None, purposes: [Purpose.PaymentProcessing], description: "Card payments"),
            Recipient("Acme Group Ltd", RecipientKind.Affiliate, country: "GB", transfer: TransferMechanism.AdequacyDecision),
            Recipient("Doctors", RecipientKind.HealthcareProvider, description: "Prescriptions."),
            Recipient("Zeta", country: "ZZ", transfer: TransferMechanism.StandardContractualClauses),
        ]);

        var english = English(inventory);

        Assert.Contains(
            "## Recipients of personal data\n\nWe disclose personal data to the following recipients:\n\n" +
            "### Group companies\n\n- Acme Group Ltd (United Kingdom)\n\n" +
            "### Service providers (processors)\n\n- Stripe (Ireland): Card payments. Purposes: Processing your payment.\n- Zeta (ZZ)\n\n" +
            "### Healthcare providers such as doctors and pharmacies\n\n- Doctors: Prescriptions.\n",
            english);
        Assert.Contains("### Dienstleister (Auftragsverarbeiter)\n\n- Stripe (Irland): Card payments. Zwecke: Abwicklung Ihrer Zahlung.\n", German(inventory));
    }

    [Fact]
    public void Transfers_list_recipients_outside_the_EEA_with_their_safeguard()
    {
        var inventory = Document(recipients:
        [
            Recipient("Salesforce", country: "US", transfer: TransferMechanism.StandardContractualClauses),
            Recipient("Acme UK", RecipientKind.Affiliate, country: "GB", transfer: TransferMechanism.AdequacyDecision),
            Recipient("Stripe", country: "IE", transfer: TransferMechanism.None),
            Recipient("Acme NL", RecipientKind.Affiliate, country: "NL"),
            Recipient("Unsafe Inc", country: "US"),
            Recipient("Somewhere", transfer: TransferMechanism.BindingCorporateRules),
        ]);

        var english = English(inventory);
        var german = German(inventory);

        Assert.Contains(
            "## Transfers to third countries\n\nSome recipients are located outside the European Economic Area (EEA). We transfer personal data to them on the following basis:\n\n" +
            "- Acme UK (United Kingdom): Adequacy decision (Art. 45 GDPR)\n" +
            "- Salesforce (United States): Standard contractual clauses (Art. 46(2)(c) GDPR)\n" +
            "- Somewhere: Binding corporate rules (Art. 47 GDPR)\n" +
            "- Unsafe Inc (United States): no basis for the transfer is declared\n\n" +
            "You can obtain a copy of the appropriate safeguards from us.\n",
            english);
        Assert.Contains("- Salesforce (Vereinigte Staaten): Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)\n", german);
        Assert.Contains("- Acme UK (Vereinigtes Königreich): Angemessenheitsbeschluss (Art. 45 DSGVO)\n", german);
        Assert.Contains("## Übermittlung in Drittländer\n", german);
        var transfers = english[english.IndexOf("## Transfers", StringComparison.Ordinal)..];
        Assert.DoesNotContain("Stripe", transfers);
        Assert.DoesNotContain("Acme NL", transfers);
    }

    [Fact]
    public void Adequacy_alone_does_not_offer_a_copy_of_safeguards_and_no_transfer_means_no_section()
    {
        var adequacy = Document(recipients: [Recipient("Acme UK", country: "GB", transfer: TransferMechanism.AdequacyDecision)]);
        var inside = Document(recipients: [Recipient("Stripe", country: "IE", transfer: TransferMechanism.None)]);

        Assert.DoesNotContain("copy of the appropriate safeguards", English(adequacy));
        Assert.DoesNotContain("## Transfers", English(inside));
    }

    [Fact]
    public void Retention_in_words_with_reason_merging_categories_with_the_same_period_and_reason()
    {
        var inventory = Document(
            items:
            [
                Item("A.Email", Category.Email, retention: new DataItemRetention("UntilAccountDeletion", "Category", "Account")),
                Item("A.Newsletter", Category.Email, description: "newsletter address", retention: new DataItemRetention("UntilConsentWithdrawn", "Member", null)),
                Item("A.Log", Category.IpAddress, group: "OnlineIdentifiers", retention: new DataItemRetention("P30D", "Member", null)),
            ],
            retention:
            [
                new RetentionDeclaration(Category.Name, "UntilAccountDeletion", "Account", "D"),
                new RetentionDeclaration(Category.Email, "UntilAccountDeletion", "Account", "D"),
                new RetentionDeclaration(Category.PurchaseHistory, "P6Y6M", "Tax law", "D"),
                new RetentionDeclaration(Category.Feedback, "UntilPurposeFulfilled", null, "D"),
            ]);

        Assert.Contains(
            "## Retention periods\n\nWe keep personal data for the following periods:\n\n" +
            "- First and last name, Email address: until you delete your account; reason: Account\n" +
            "- newsletter address: until you withdraw your consent\n" +
            "- IP address: 30 days\n" +
            "- Purchase history: 6 years and 6 months; reason: Tax law\n" +
            "- Feedback and survey responses: until the purpose of the processing is fulfilled\n",
            English(inventory));
        Assert.Contains(
            "## Speicherdauer\n\nWir speichern personenbezogene Daten für die folgende Dauer:\n\n" +
            "- Vor- und Nachname, E-Mail-Adresse: bis zur Löschung Ihres Kontos; Grund: Account\n" +
            "- newsletter address: bis zum Widerruf Ihrer Einwilligung\n" +
            "- IP-Adresse: 30 Tage\n" +
            "- Kaufhistorie: 6 Jahre und 6 Monate; Grund: Tax law\n",
            German(inventory));
    }

    [Fact]
    public void Children_section_appears_only_for_data_marked_as_childrens_and_says_nothing_otherwise()
    {
        var withChild = Document(items:
        [
            Item("A.Nickname", Category.Name, [Purpose.AccountManagement, Purpose.ServiceProvision], subjects: [DataSubject.Customer, DataSubject.Child], description: "nickname"),
            Item("A.Email", Category.Email, subjects: [DataSubject.Customer]),
        ]);
        var withoutChild = Document(items: [Item("A.Email", Category.Email)]);

        Assert.EndsWith(
            "## Personal data of children\n\nWe process the following personal data of children:\n\n- First and last name: nickname; purposes: Providing our services; Managing your account\n",
            English(withChild));
        Assert.Contains("## Personenbezogene Daten von Kindern\n\nWir verarbeiten die folgenden personenbezogenen Daten von Kindern:\n\n- Vor- und Nachname: nickname; Zwecke: Erbringung unserer Leistungen; Verwaltung Ihres Kundenkontos\n", German(withChild));
        Assert.DoesNotContain("child", English(withoutChild), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kinder", German(withoutChild), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_attribute_text_cannot_inject_markdown_or_html_anywhere()
    {
        const string Hostile = "<script>alert(1)</script>\n# Injected heading\n[x](javascript:alert(1)) | `code` *em*";
        var inventory = Document(
            items:
            [
                Item("A.Email", Category.Email, [Purpose.DirectMarketing], description: Hostile, subjects: [DataSubject.Child], retention: new DataItemRetention(Hostile, "Member", Hostile)),
                Item("A.Health", Category.Health, [Purpose.DirectMarketing], group: Hostile, special: true, description: Hostile),
            ],
            purposes: [PurposeEntry(Purpose.DirectMarketing, [Basis(LegalBasis.LegitimateInterests, SpecialCategoryCondition.ExplicitConsent, Hostile, Hostile)], "A.Email", "A.Health")],
            recipients: [Recipient(Hostile, country: Hostile, transfer: TransferMechanism.StandardContractualClauses, description: Hostile)],
            retention: [new RetentionDeclaration(Category.Email, Hostile, Hostile, "D")],
            controller: new ControllerDeclaration(Hostile, Hostile, Hostile, Hostile, Hostile, Hostile, Hostile, Hostile));

        foreach (var markdown in new[] { English(inventory), German(inventory) })
        {
            Assert.DoesNotContain("<", markdown, StringComparison.Ordinal);
            Assert.DoesNotContain(">", markdown, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"(?<!\\)\]\(", markdown);
            Assert.DoesNotContain("\n# Injected", markdown, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; # Injected heading \\[x\\](javascript:alert(1)) \\| \\`code\\` \\*em\\*", markdown, StringComparison.Ordinal);
            foreach (var line in markdown.Split('\n'))
            {
                // Every line is one of the renderer's own block forms; nothing user-written starts a line.
                Assert.True(
                    line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal) || line.StartsWith("- ", StringComparison.Ordinal)
                    || line.StartsWith("  - ", StringComparison.Ordinal) || line.StartsWith("**", StringComparison.Ordinal) || char.IsLetter(line[0]) || line.StartsWith("&lt;", StringComparison.Ordinal),
                    "unexpected line: " + line);
                Assert.False(line.StartsWith("# ", StringComparison.Ordinal) && line != "# Privacy information" && line != "# Datenschutzhinweise", line);
                Assert.DoesNotContain('|', line.Replace("\\|", "", StringComparison.Ordinal));
                Assert.DoesNotContain('`', line.Replace("\\`", "", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Output_is_byte_identical_under_any_culture()
    {
        var inventory = InventoryJsonReader.Read(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.json")));
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var invariant = (English(inventory), German(inventory));
            foreach (var name in new[] { "de-DE", "tr-TR", "ar-SA", "th-TH" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                Assert.Equal(invariant, (English(inventory), German(inventory)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_of_the_json_arrays()
    {
        var inventory = InventoryJsonReader.Read(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "corporate-website.json")));
        var shuffled = inventory with
        {
            DataItems = [.. inventory.DataItems.Reverse().Select(item => item with { Purposes = [.. item.Purposes.Reverse()], Subjects = [.. item.Subjects.Reverse()] })],
            Purposes = [.. inventory.Purposes.Reverse().Select(p => p with { LegalBases = [.. p.LegalBases.Reverse()], DataItems = [.. p.DataItems.Reverse()] })],
            Recipients = [.. inventory.Recipients.Reverse().Select(r => r with { Purposes = [.. r.Purposes.Reverse()] })],
            Retention = [.. inventory.Retention.Reverse()],
        };

        Assert.Equal(English(inventory), English(shuffled));
        Assert.Equal(German(inventory), German(shuffled));
    }

    [Fact]
    public void Output_has_lf_line_ends_one_final_newline_no_trailing_spaces_and_no_html()
    {
        foreach (var model in new[] { "corporate-website", "health-platform" })
        {
            var inventory = InventoryJsonReader.Read(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, model + ".json")));
            foreach (var markdown in new[] { English(inventory), German(inventory) })
            {
                Assert.DoesNotContain('\r', markdown);
                Assert.EndsWith("\n", markdown, StringComparison.Ordinal);
                Assert.False(markdown.EndsWith("\n\n", StringComparison.Ordinal));
                Assert.DoesNotContain("\n\n\n", markdown, StringComparison.Ordinal);
                Assert.DoesNotContain(" \n", markdown, StringComparison.Ordinal);
                Assert.DoesNotContain('<', markdown);
            }
        }
    }

    [Fact]
    public void Renderer_asks_the_vocabulary_for_every_label()
    {
        var inventory = InventoryJsonReader.Read(File.ReadAllText(Path.Combine(TestPaths.GoldenDirectory, "health-platform.json")));

        var markdown = MarkdownRenderer.Render(inventory, PolicyLanguage.English, new MarkedVocabulary());

        // Every category, group, purpose, basis, condition, kind, mechanism and country label came from the interface.
        foreach (var label in new[] { "Email address", "Identity and contact details", "Direct marketing", "Performance of a contract", "Art. 6(1)(b) GDPR", "Explicit consent", "Art. 9(2)(a) GDPR", "Group companies", "Standard contractual clauses", "United States" })
        {
            Assert.DoesNotContain(label, markdown, StringComparison.Ordinal);
        }

        Assert.Contains("«Email»", markdown, StringComparison.Ordinal);
        Assert.Contains("«US»", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_other_than_the_person_are_listed_by_source_then_category()
    {
        var inventory = Document(items:
        [
            Item("A.Email", Category.Email),
            Item("A.Ip", Category.IpAddress, group: "OnlineIdentifiers") with { Source = DataSource.Automatic },
            Item("A.Company", Category.Employer, group: "Professional", description: "Company *details* from data providers") with { Source = DataSource.ThirdParty },
            Item("A.Score", Category.Inferences, group: "ContentAndPreferences") with { Source = DataSource.Derived },
            Item("A.Profile", Category.SocialMediaAccount, group: "OnlineIdentifiers") with { Source = DataSource.PubliclyAvailable },
        ]);

        Assert.Contains(
            "## Sources of personal data\n\nYou provide personal data to us yourself, except the following, which we obtain as stated:\n\n" +
            "- Collected automatically:\n  - IP address\n" +
            "- Received from third parties:\n  - Employer: Company \\*details\\* from data providers\n" +
            "- Publicly available sources:\n  - Social media profile\n" +
            "- Derived from other data:\n  - Inferences and profiles\n",
            English(inventory));
        Assert.Contains("## Herkunft der personenbezogenen Daten\n\nPersonenbezogene Daten stellen Sie uns selbst bereit, mit Ausnahme der folgenden, die wir wie angegeben erhalten:\n\n- Automatisch erfasst:\n  - IP-Adresse\n- Von Dritten erhalten:\n", German(inventory));
        Assert.DoesNotContain("Email address\n- Received", English(inventory));
    }

    [Fact]
    public void Sources_section_is_left_out_when_the_person_gives_every_item()
    {
        var inventory = Document(items: [Item("A.Email", Category.Email)]);

        Assert.DoesNotContain("## Sources of personal data", English(inventory));
        Assert.DoesNotContain("## Herkunft", German(inventory));
    }

    [Fact]
    public void Data_subjects_are_listed_with_the_categories_held_about_them()
    {
        var inventory = Document(items:
        [
            Item("A.Email", Category.Email, subjects: [DataSubject.Customer, DataSubject.Prospect]),
            Item("A.Name", Category.Name, subjects: [DataSubject.Customer]),
            Item("A.FriendEmail", Category.Email, subjects: [DataSubject.ThirdParty]),
            Item("A.Cv", Category.EmploymentHistory, group: "Professional", subjects: [DataSubject.JobApplicant | DataSubject.Prospect]),
            Item("A.Unstated", Category.PhoneNumber, subjects: [DataSubject.None]),
        ]);

        var english = English(inventory);

        Assert.Contains(
            "## Categories of data subjects\n\nWe process personal data of the following categories of persons:\n\n" +
            "- Customers: First and last name, Email address\n" +
            "- Prospective customers: Email address, Employment history\n" +
            "- Job applicants: Employment history\n" +
            "- Third parties you tell us about: Email address\n",
            english);
        Assert.DoesNotContain("Telephone number\n- ", english.Substring(english.IndexOf("## Categories of data subjects", StringComparison.Ordinal)));
        Assert.Contains("## Kategorien betroffener Personen\n\nWir verarbeiten personenbezogene Daten der folgenden Kategorien betroffener Personen:\n\n- Kunden: Vor- und Nachname, E-Mail-Adresse\n- Interessenten:", German(inventory));
    }

    [Fact]
    public void Required_data_is_stated_under_Art_13_2_e_without_the_purposes()
    {
        var inventory = Document(items:
        [
            Item("A.Email", Category.Email, [Purpose.AccountManagement, Purpose.DirectMarketing]) with { Required = true },
            Item("A.Name", Category.Name, description: "Billing <name>") with { Required = true },
            Item("A.Phone", Category.PhoneNumber),
        ]);

        var english = English(inventory);

        Assert.Contains(
            "## Obligation to provide personal data\n\nProviding the following personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract (Art. 13(2)(e) GDPR):\n\n" +
            "- First and last name: Billing &lt;name&gt;\n- Email address\n",
            english);
        Assert.Contains("## Pflicht zur Bereitstellung personenbezogener Daten\n\nDie Bereitstellung der folgenden personenbezogenen Daten ist gesetzlich oder vertraglich vorgeschrieben oder für einen Vertragsabschluss erforderlich (Art. 13 Abs. 2 lit. e DSGVO):\n\n- Vor- und Nachname: Billing &lt;name&gt;\n- E-Mail-Adresse\n", German(inventory));
        Assert.DoesNotContain("## Obligation to provide", English(Document(items: [Item("A.Phone", Category.PhoneNumber)])));
    }

    [Fact]
    public void Criminal_offence_data_has_its_own_section_with_each_purposes_legal_bases()
    {
        var inventory = Document(
            items:
            [
                Item("A.Record", Category.CriminalRecord, [Purpose.LegalCompliance, Purpose.Recruitment], group: "Criminal", description: "Certificate of good conduct") with { CriminalOffence = true },
                Item("A.Email", Category.Email),
            ],
            purposes:
            [
                PurposeEntry(Purpose.LegalCompliance, [Basis(LegalBasis.LegalObligation)], "A.Record"),
                PurposeEntry(Purpose.Recruitment, [], "A.Record"),
            ]);

        var english = English(inventory);

        Assert.Contains(
            "## Personal data relating to criminal convictions and offences\n\nWe process the following personal data relating to criminal convictions and offences (Art. 10 GDPR), for the purposes and on the legal bases stated:\n\n" +
            "- Criminal convictions and offences: Certificate of good conduct\n" +
            "  - Processing your job application: none declared\n" +
            "  - Complying with legal obligations: Legal obligation (Art. 6(1)(c) GDPR)\n",
            english);
        var german = German(inventory);
        Assert.Contains("## Personenbezogene Daten über strafrechtliche Verurteilungen und Straftaten\n\nWir verarbeiten die folgenden personenbezogenen Daten über strafrechtliche Verurteilungen und Straftaten (Art. 10 DSGVO)", german);
        Assert.Contains("  - Erfüllung gesetzlicher Pflichten: Rechtliche Verpflichtung (Art. 6 Abs. 1 lit. c DSGVO)\n", german);
        Assert.DoesNotContain("criminal convictions", English(Document(items: [Item("A.Email", Category.Email)])));
    }

    [Fact]
    public void Withdrawal_of_consent_and_objection_are_stated_for_the_purposes_they_concern()
    {
        var inventory = Document(purposes:
        [
            PurposeEntry(Purpose.OrderFulfillment, [Basis(LegalBasis.Contract)]),
            PurposeEntry(Purpose.ServiceProvision, [Basis(LegalBasis.Contract, SpecialCategoryCondition.ExplicitConsent)]),
            PurposeEntry(Purpose.DirectMarketing, [Basis(LegalBasis.Consent), Basis(LegalBasis.LegitimateInterests, interest: "offers")]),
            PurposeEntry(Purpose.Research, [Basis(LegalBasis.PublicTask)]),
        ]);

        var english = English(inventory);

        Assert.Contains(
            "## Withdrawal of consent and right to object\n\n" +
            "Where we process personal data on the basis of your consent, you can withdraw your consent at any time with effect for the future; the withdrawal does not affect the lawfulness of the processing carried out before it (Art. 7(3) GDPR). This concerns: Providing our services; Direct marketing.\n\n" +
            "Where we process personal data on the basis of legitimate interests or for a task carried out in the public interest, you have the right to object to the processing at any time on grounds relating to your particular situation (Art. 21(1) GDPR). This concerns: Direct marketing; " + PurposeLabel(Purpose.Research, PolicyLanguage.English) + ".\n\n" +
            "You can object at any time to the processing of your personal data for direct marketing, including profiling to the extent that it is related to such marketing (Art. 21(2) GDPR).\n",
            english);
        Assert.DoesNotContain("This concerns: Processing your order", english);
        var german = German(inventory);
        Assert.Contains("## Widerruf der Einwilligung und Widerspruchsrecht\n\nSoweit wir personenbezogene Daten auf Grundlage Ihrer Einwilligung verarbeiten, können Sie Ihre Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen", german);
        Assert.Contains("(Art. 21 Abs. 1 DSGVO). Dies betrifft: Direktwerbung;", german);
        Assert.Contains("(Art. 21 Abs. 2 DSGVO).\n", german);
    }

    [Fact]
    public void No_withdrawal_or_objection_section_without_consent_legitimate_interests_or_direct_marketing()
    {
        var inventory = Document(purposes: [PurposeEntry(Purpose.OrderFulfillment, [Basis(LegalBasis.Contract)])]);

        Assert.DoesNotContain("## Withdrawal", English(inventory));
        Assert.DoesNotContain("## Widerruf", German(inventory));
    }

    [Fact]
    public void Recipients_name_the_data_disclosed_to_them_from_shared_with_and_processing_sites()
    {
        var inventory = Document(
            items:
            [
                Item("A.Email", Category.Email) with { SharedWith = ["Mailer"] },
                Item("A.Name", Category.Name),
                Item("A.Phone", Category.PhoneNumber),
            ],
            recipients: [Recipient("Mailer", purposes: [Purpose.DirectMarketing]), Recipient("Host")]) with
        {
            Processing = [new ProcessingSite("M:A.Send", "Test.Web", "Send.cs", 1, "Method", [Purpose.DirectMarketing], "Method", ["Mailer"], ["A.Name"], ["A.Name", "A.Unknown"])],
        };

        var english = English(inventory);

        Assert.Contains("- Mailer: Purposes: Direct marketing. Data disclosed: First and last name, Email address.\n", english);
        Assert.Contains("- Host\n", english);
        Assert.Contains("- Mailer: Zwecke: Direktwerbung. Weitergegebene Daten: Vor- und Nachname, E-Mail-Adresse.\n", German(inventory));
    }

    [Fact]
    public void Identical_recipient_declarations_are_rendered_once_in_recipients_and_transfers()
    {
        var inventory = Document(recipients:
        [
            Recipient("Affiliate", RecipientKind.Affiliate, "AU", TransferMechanism.StandardContractualClauses, [Purpose.LegalClaims, Purpose.Analytics, Purpose.LegalCompliance], "Group company"),
            Recipient("Affiliate", RecipientKind.Affiliate, "AU", TransferMechanism.StandardContractualClauses, [Purpose.Analytics, Purpose.LegalCompliance, Purpose.LegalClaims], "Group company"),
            Recipient("Affiliate", RecipientKind.Affiliate, "AU", TransferMechanism.StandardContractualClauses, [Purpose.Analytics], "Group company"),
        ]);

        var english = English(inventory);

        Assert.Equal(2, CountOf(english, "- Affiliate (Australia): Group company."));
        Assert.Equal(1, CountOf(english, "- Affiliate (Australia): Standard contractual clauses"));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string PurposeLabel(Purpose purpose, PolicyLanguage language) => TaxonomyVocabulary.Instance.PurposeLabel(purpose, language);

    /// <summary>Returns the enum name in guillemets, so a label that bypassed the interface would show.</summary>
    private sealed class MarkedVocabulary : IPolicyVocabulary
    {
        public string CategoryLabel(Category category, PolicyLanguage language) => $"«{category}»";

        public string GroupHeading(string groupName, PolicyLanguage language) => $"«{groupName}»";

        public int GroupOrder(string groupName) => 0;

        public string PurposeLabel(Purpose purpose, PolicyLanguage language) => $"«{purpose}»";

        public string LegalBasisLabel(LegalBasis basis, PolicyLanguage language) => $"«{basis}»";

        public string LegalBasisCitation(LegalBasis basis, PolicyLanguage language) => $"«cite {basis}»";

        public string ConditionLabel(SpecialCategoryCondition condition, PolicyLanguage language) => $"«{condition}»";

        public string ConditionCitation(SpecialCategoryCondition condition, PolicyLanguage language) => $"«cite {condition}»";

        public string DataSubjectLabel(DataSubject subject, PolicyLanguage language) => $"«{subject}»";

        public string DataSourceLabel(DataSource source, PolicyLanguage language) => $"«{source}»";

        public string RecipientKindLabel(RecipientKind kind, PolicyLanguage language) => $"«{kind}»";

        public string TransferMechanismLabel(TransferMechanism mechanism, PolicyLanguage language) => $"«{mechanism}»";

        public string TransferMechanismCitation(TransferMechanism mechanism, PolicyLanguage language) => $"«cite {mechanism}»";

        public string? CountryName(string countryCode, PolicyLanguage language) => $"«{countryCode}»";

        public bool IsInEea(string countryCode) => countryCode is "DE" or "IE" or "NL";
    }
}
