//! "Did you mean" suggestions for misspelled names and ids.

/// The candidate closest to `input`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a, I>(input: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    let input_lower = input.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| *c != input)
        .map(|c| {
            let score = strsim::jaro_winkler(&input_lower, &c.to_lowercase());
            (score, c)
        })
        .filter(|(score, c)| {
            *score >= 0.8 || c.eq_ignore_ascii_case(input) || c.to_lowercase() == input_lower
        })
        // Highest score wins; ties go to the alphabetically first candidate for determinism.
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::did_you_mean;

    #[test]
    fn suggests_close_names_only() {
        let fields = ["title", "description", "strategy"];
        assert_eq!(did_you_mean("titel", fields), Some("title"));
        assert_eq!(did_you_mean("strategi", fields), Some("strategy"));
        assert_eq!(did_you_mean("xyz", fields), None);
        assert_eq!(did_you_mean("G11", ["G1", "G2", "B11"]), Some("G1"));
    }
}
