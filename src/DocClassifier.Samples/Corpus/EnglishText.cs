namespace DocClassifier.Samples.Corpus;

// English business letters and news items, the foreign mail a Taiwanese bureau also receives.
internal static class EnglishText
{
    private static readonly string[] FirstNames = ["John", "Mary", "David", "Susan", "Michael", "Linda", "Robert", "Karen", "James", "Emily", "Kevin", "Grace"];
    private static readonly string[] LastNames = ["Smith", "Johnson", "Brown", "Taylor", "Anderson", "Lee", "Wilson", "Martin", "Clark", "Walker", "Chen", "Wang"];
    private static readonly string[] Companies = ["Acme Trading Co.", "Pacific Rim Logistics Ltd.", "Northwind Foods Inc.", "Blue Harbor Consulting", "Sunrise Electronics Corp.", "Greenfield Packaging Ltd.", "Evergreen Marine Services"];

    public static PageContent Letter(SampleContext c)
    {
        var page = new PageBuilder(c.Pick("11", "12") == "11" ? 11f : 12f);
        var sender = Name(c);
        var company = c.Faker.PickOf(Companies);
        page.Line(company, size: 15f, bold: true).Line($"{c.Next(10, 999)} {c.Pick("Market Street", "Industrial Road", "Harbor Avenue", "Park Lane")}, {c.Pick("Singapore", "Los Angeles, CA", "London", "Kuala Lumpur", "Taipei City")}").Space(10);
        page.Line($"{c.Pick("January", "March", "May", "July", "September", "November")} {c.Next(1, 29)}, 20{c.Next(18, 26)}").Space(8);
        page.Line($"{c.Pick("Mr.", "Ms.", "Dr.")} {Name(c)}").Line(c.Faker.PickOf(Companies)).Space(8);
        page.Line($"Re: {c.Pick("Order No. ", "Invoice ", "Contract ", "Shipment ")}{c.Next(1000, 99999)}").Space(6);
        page.Line($"Dear {c.Pick("Sir or Madam", "Mr. " + c.Faker.PickOf(LastNames), "Ms. " + c.Faker.PickOf(LastNames), "Customer")},").Space(4);
        var paragraphs = new[]
        {
            $"Thank you for your letter of {c.Pick("last week", "March 3", "the 12th")} regarding {c.Pick("the delayed shipment", "our new price list", "the renewal of our service agreement", "the meeting next month")}. We appreciate your continued business.",
            $"Please find enclosed {c.Pick("our quotation", "the signed contract", "a copy of the invoice", "the product catalogue")} for your review. The prices are valid for {c.Next(30, 91)} days from the date of this letter.",
            $"We regret to inform you that {c.Pick("the goods will arrive two weeks late", "the item is out of stock", "the conference has been postponed")}. We apologise for any inconvenience this may cause.",
            $"Payment should be made by bank transfer within {c.Pick("30", "45", "60")} days. Should you have any questions, please do not hesitate to contact me at {c.Next(2, 9)}{c.Next(100, 999)}-{c.Next(1000, 9999)}.",
            $"Our team will visit your office on {c.Pick("Monday", "Tuesday", "Thursday", "Friday")} to discuss the details of the project and the next steps.",
            "We look forward to hearing from you and to a long and successful partnership.",
        };
        foreach (var paragraph in c.Faker.Some(paragraphs, 2, 5))
        {
            page.Paragraph(paragraph, firstIndentEm: 0f).Space(4);
        }

        page.Space(6).Line(c.Pick("Sincerely,", "Yours faithfully,", "Best regards,", "Kind regards,")).Space(16).Line(sender).Line(c.Pick("Sales Manager", "Director", "Account Executive", "Purchasing Officer"));
        return page.Build();
    }

    public static PageContent News(SampleContext c)
    {
        var page = new PageBuilder(11f);
        page.Line(c.Pick("BUSINESS", "WORLD", "SPORTS", "TECHNOLOGY", "LOCAL NEWS"), size: 10f).Line(Headline(c), size: 17f, bold: true).Space(4);
        page.Line($"By {Name(c)}", size: 10f).Space(4);
        var sentences = new[]
        {
            $"Shares of {c.Faker.PickOf(Companies)} rose {c.Next(2, 15)} percent on {c.Pick("Monday", "Wednesday", "Friday")} after the company reported better than expected quarterly earnings.",
            $"The city council voted {c.Next(5, 12)} to {c.Next(0, 5)} to approve a new budget for road repairs and public parks.",
            $"Heavy rain caused flooding in several districts, and officials urged residents to stay indoors until the storm passes.",
            $"The home team won {c.Next(2, 9)} to {c.Next(0, 3)} in front of a crowd of {c.Next(10, 60)},000 fans.",
            $"Researchers announced a new battery design that could double the range of electric cars within five years.",
            $"The central bank left interest rates unchanged at {c.Next(1, 6)}.{c.Next(0, 10)} percent, citing stable inflation.",
            $"A spokesman said the company plans to hire {c.Next(100, 2000)} workers at its new factory next year.",
            $"Tourism officials expect a record number of visitors during the holiday season.",
        };
        foreach (var sentence in c.Faker.Some(sentences, 3, 6))
        {
            page.Paragraph(sentence, firstIndentEm: 1f).Space(2);
        }

        return page.Build();
    }

    private static string Headline(SampleContext c) => c.Pick(
        "Markets Rally as Investors Cheer Earnings",
        "Storm Brings Flooding to Coastal Towns",
        "Council Approves New Budget",
        "Local Team Wins Championship",
        "New Factory to Create Hundreds of Jobs",
        "Scientists Unveil Faster Charging Battery");

    private static string Name(SampleContext c) => $"{c.Faker.PickOf(FirstNames)} {c.Faker.PickOf(LastNames)}";
}
