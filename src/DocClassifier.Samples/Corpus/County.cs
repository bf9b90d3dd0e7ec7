namespace DocClassifier.Samples.Corpus;

// A county or city and the agencies a document from there deals with. Weight is its share of a
// generated inbox (our first user is in Chiayi County, so most documents come from there).
internal sealed record County(
    string Name,
    int Weight,
    string TaxBureau,
    string IdLetters,
    string AreaCode,
    Town[] Towns,
    string[] LandOffices,
    string EnforcementBranch,
    string Court,
    string NationalTaxBranch,
    string MotorVehicleOffice)
{
    // How ID cards and licence numbers abbreviate the county: 嘉縣, 南市, 投縣.
    public string Short => Name switch
    {
        "南投縣" => "投縣",
        _ when Name.StartsWith('臺') => Name[1..],
        _ => $"{Name[0]}{Name[^1]}",
    };
}
