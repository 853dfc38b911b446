using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Careers
{
    /// <summary>An application through the careers site ("Career opportunities").</summary>
    public sealed class JobApplication
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public string JobPostingId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Required = true)]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Required = true)]
        public string LastName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Required = true, Retention = "P2Y")]
        public string Email { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Retention = "P2Y")]
        public string? PhoneNumber { get; set; }

        [PersonalData(Category.PostalAddress, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Retention = "P2Y")]
        public string? PostalAddress { get; set; }

        /// <summary>The uploaded CV (PDF or Word), stored by the applicant tracking provider.</summary>
        [PersonalData(Category.EmploymentHistory, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Required = true,
            Description = "CV and career history")]
        public byte[] CurriculumVitae { get; set; } = Array.Empty<byte>();

        [PersonalData(Category.Employer, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Retention = "P2Y",
            Description = "Current employer")]
        public string? CurrentEmployer { get; set; }

        [PersonalData(Category.Education, Purpose.Recruitment, Subjects = DataSubject.JobApplicant)]
        public string? HighestQualification { get; set; }

        [PersonalData(Category.SocialMediaAccount, Purpose.Recruitment, Subjects = DataSubject.JobApplicant, Retention = "P2Y",
            Description = "Professional social media profile")]
        public string? ProfessionalProfileUrl { get; set; }

        public DateTimeOffset SubmittedAt { get; set; }
    }

    /// <summary>
    /// An employee's referral of a friend for an opening. The friend's details come from the employee,
    /// not from the friend ("If you choose to provide ... a third party's personal information ...
    /// Examples include ... job referrals").
    /// </summary>
    public sealed class JobReferral
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public string JobPostingId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.Recruitment,
            Subjects = DataSubject.ThirdParty, Source = DataSource.ThirdParty, Retention = "P2Y", Description = "Name of a person you refer")]
        public string CandidateName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.Recruitment,
            Subjects = DataSubject.ThirdParty, Source = DataSource.ThirdParty, Retention = "P2Y", Description = "E-mail address of a person you refer")]
        public string CandidateEmail { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.Recruitment,
            Subjects = DataSubject.ThirdParty, Source = DataSource.ThirdParty, Retention = "P2Y", Description = "Phone number of a person you refer")]
        public string? CandidatePhoneNumber { get; set; }

        /// <summary>The employee who made the referral.</summary>
        [PersonalData(Category.UserId, Purpose.Recruitment, Subjects = DataSubject.Employee, Retention = "P2Y",
            Description = "Employee number of the referrer")]
        public string ReferringEmployeeNumber { get; set; } = "";
    }
}
