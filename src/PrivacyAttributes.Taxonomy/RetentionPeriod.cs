using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>The keyword retention periods a <c>Retention</c> may name instead of a duration.</summary>
    public enum RetentionKeyword
    {
        /// <summary>The period is an ISO 8601 duration.</summary>
        None = 0,

        /// <summary><c>UntilPurposeFulfilled</c>: kept until the purpose it was collected for is fulfilled.</summary>
        UntilPurposeFulfilled,

        /// <summary><c>UntilAccountDeletion</c>: kept until the person deletes their account.</summary>
        UntilAccountDeletion,

        /// <summary><c>UntilConsentWithdrawn</c>: kept until the person withdraws consent.</summary>
        UntilConsentWithdrawn,
    }

    /// <summary>
    /// A parsed retention period: an ISO 8601 duration in whole numbers (<c>P30D</c>, <c>P2Y</c>,
    /// <c>P6Y6M</c>, <c>P1W</c>, <c>PT12H</c>) or one of the keywords. Analyzers validate with it,
    /// the generator and the renderers read periods with it: one grammar everywhere.
    /// </summary>
    public sealed class RetentionPeriod : IEquatable<RetentionPeriod>
    {
        private RetentionPeriod(RetentionKeyword keyword, int years, int months, int weeks, int days, int hours, int minutes, int seconds)
        {
            Keyword = keyword;
            Years = years;
            Months = months;
            Weeks = weeks;
            Days = days;
            Hours = hours;
            Minutes = minutes;
            Seconds = seconds;
        }

        /// <summary>The keyword, or <see cref="RetentionKeyword.None"/> for a duration.</summary>
        public RetentionKeyword Keyword { get; }

        /// <summary>Years of the duration.</summary>
        public int Years { get; }

        /// <summary>Months of the duration.</summary>
        public int Months { get; }

        /// <summary>Weeks of the duration.</summary>
        public int Weeks { get; }

        /// <summary>Days of the duration.</summary>
        public int Days { get; }

        /// <summary>Hours of the duration.</summary>
        public int Hours { get; }

        /// <summary>Minutes of the duration.</summary>
        public int Minutes { get; }

        /// <summary>Seconds of the duration.</summary>
        public int Seconds { get; }

        /// <summary>Whether the period is a keyword rather than a duration.</summary>
        public bool IsKeyword => Keyword != RetentionKeyword.None;

        /// <summary>What a valid period looks like, for diagnostics that reject one.</summary>
        public const string ExpectedFormat =
            "an ISO 8601 duration such as \"P30D\", \"P2Y\" or \"P6Y6M\", or one of \"UntilPurposeFulfilled\", \"UntilAccountDeletion\", \"UntilConsentWithdrawn\"";

        /// <summary>Parses <paramref name="text"/>; never throws.</summary>
        public static bool TryParse(string? text, out RetentionPeriod? period)
        {
            period = null;
            if (text is null || text.Length == 0)
            {
                return false;
            }

            switch (text)
            {
                case "UntilPurposeFulfilled":
                    period = new RetentionPeriod(RetentionKeyword.UntilPurposeFulfilled, 0, 0, 0, 0, 0, 0, 0);
                    return true;
                case "UntilAccountDeletion":
                    period = new RetentionPeriod(RetentionKeyword.UntilAccountDeletion, 0, 0, 0, 0, 0, 0, 0);
                    return true;
                case "UntilConsentWithdrawn":
                    period = new RetentionPeriod(RetentionKeyword.UntilConsentWithdrawn, 0, 0, 0, 0, 0, 0, 0);
                    return true;
            }

            if (text[0] != 'P')
            {
                return false;
            }

            // Designators must appear in this order, each at most once: Y M W D, then after T: H M S.
            const string DateDesignators = "YMWD";
            const string TimeDesignators = "HMS";
            var values = new int[7];
            var inTime = false;
            var lastIndex = -1;
            var components = 0;
            var position = 1;
            while (position < text.Length)
            {
                if (text[position] == 'T')
                {
                    if (inTime)
                    {
                        return false;
                    }

                    inTime = true;
                    lastIndex = 3;
                    position++;
                    if (position == text.Length)
                    {
                        return false;
                    }

                    continue;
                }

                var start = position;
                long number = 0;
                while (position < text.Length && text[position] >= '0' && text[position] <= '9')
                {
                    number = (number * 10) + (text[position] - '0');
                    if (number > int.MaxValue)
                    {
                        return false;
                    }

                    position++;
                }

                if (position == start || position == text.Length)
                {
                    return false;
                }

                var designator = text[position];
                var index = inTime ? TimeDesignators.IndexOf(designator) : DateDesignators.IndexOf(designator);
                if (index < 0)
                {
                    return false;
                }

                index += inTime ? 4 : 0;
                if (index <= lastIndex)
                {
                    return false;
                }

                values[index] = (int)number;
                lastIndex = index;
                components++;
                position++;
            }

            if (components == 0)
            {
                return false;
            }

            period = new RetentionPeriod(RetentionKeyword.None, values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
            return true;
        }

        /// <inheritdoc />
        public bool Equals(RetentionPeriod? other) =>
            other is not null && Keyword == other.Keyword && Years == other.Years && Months == other.Months && Weeks == other.Weeks
            && Days == other.Days && Hours == other.Hours && Minutes == other.Minutes && Seconds == other.Seconds;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as RetentionPeriod);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                return ((((((((int)Keyword * 31) + Years) * 31 + Months) * 31 + Weeks) * 31 + Days) * 31 + Hours) * 31 + Minutes) * 31 + Seconds;
            }
        }
    }
}
