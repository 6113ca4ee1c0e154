namespace HostageReports.Claims;

/// <summary>What a count claim counts.</summary>
public enum Measure
{
    /// <summary>People killed (dead, shot dead, died of their wounds). Attackers who died are counted too when the text does not separate them.</summary>
    Killed,

    /// <summary>People wounded or injured.</summary>
    Wounded,

    /// <summary>People taken, held, kidnapped, seized or kept captive.</summary>
    Hostages,

    /// <summary>Hostages who escaped.</summary>
    Escaped,

    /// <summary>Hostages who were released, freed or rescued.</summary>
    Released,

    /// <summary>The attackers themselves: gunmen, militants, terrorists involved.</summary>
    Attackers,

    /// <summary>People missing or unaccounted for.</summary>
    Missing,
}

/// <summary>How the wording bounds a number; see <see cref="Quantity"/> for the interval each one gives.</summary>
public enum Qualifier
{
    /// <summary>A plain number: "13 Norwegians", "a Briton", "two people were killed".</summary>
    Exact,

    /// <summary>"at least 20": [20, ∞).</summary>
    AtLeast,

    /// <summary>"more than 20": [21, ∞).</summary>
    MoreThan,

    /// <summary>"as many as 40", "up to 40": [?, 40].</summary>
    AtMost,

    /// <summary>"fewer than 20": [?, 19].</summary>
    FewerThan,

    /// <summary>"about 20", "some 20", "around 20", "nearly 20": roughly the number, interval unknown.</summary>
    About,

    /// <summary>"several", "some", "a number of", "dozens": no number is stated.</summary>
    Vague,

    /// <summary>A nationality named among a group with no count: at least one.</summary>
    Present,
}

/// <summary>How sure the report is of a claim.</summary>
public enum Certainty
{
    /// <summary>Stated as fact, by the report or a source it names.</summary>
    Reported,

    /// <summary>Claimed by an interested party ("a militant spokesman claimed").</summary>
    Claimed,

    /// <summary>Flagged as unverified: "could not be confirmed", "unconfirmed reports", "reportedly".</summary>
    Unconfirmed,

    /// <summary>Reported as denied.</summary>
    Denied,
}

/// <summary>Whether a perpetrator claim names a person or a group.</summary>
public enum PerpetratorKind
{
    /// <summary>A named person: a leader, gunman, suspect, spokesman.</summary>
    Person,

    /// <summary>A named group: a brigade, cell, organisation.</summary>
    Group,
}

/// <summary>The rank of a place, most specific first.</summary>
public enum LocationKind
{
    /// <summary>A site: a gas field, a plant, a school, a home on a street.</summary>
    Site,

    /// <summary>A town.</summary>
    Town,

    /// <summary>A city.</summary>
    City,

    /// <summary>A county, parish or borough.</summary>
    County,

    /// <summary>A province or first-level division outside the US.</summary>
    Province,

    /// <summary>A US state.</summary>
    State,

    /// <summary>A region larger than a province.</summary>
    Region,

    /// <summary>A country.</summary>
    Country,
}
