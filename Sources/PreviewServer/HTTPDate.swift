/// HTTP dates in the IMF-fixdate form of RFC 9110 §5.6.7: `Sun, 06 Nov 1994 08:49:37 GMT`.
///
/// Days are converted to and from civil dates with Howard Hinnant's `days_from_civil` /
/// `civil_from_days` algorithms (proleptic Gregorian calendar).
enum HTTPDate {
  private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The IMF-fixdate for `seconds` since 1970-01-01T00:00:00Z.
  static func format(_ seconds: Int) -> String {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let second = seconds - days * 86_400
    let (year, month, day) = civil(fromDays: days)
    let weekday = weekdays[((days % 7) + 7) % 7]
    return "\(weekday), \(pad(day)) \(months[month - 1]) \(year) "
      + "\(pad(second / 3600)):\(pad(second / 60 % 60)):\(pad(second % 60)) GMT"
  }

  /// The seconds since 1970 of an IMF-fixdate; `nil` for anything else (RFC 9110 lets a server
  /// ignore an `If-Modified-Since` it cannot parse).
  static func parse(_ text: String) -> Int? {
    let parts = text.split(separator: " ")
    guard parts.count == 6, parts[0].count == 4, parts[0].hasSuffix(","), parts[5] == "GMT",
      let day = Int(parts[1]), let monthIndex = months.firstIndex(of: String(parts[2])),
      let year = Int(parts[3])
    else { return nil }
    let clock = parts[4].split(separator: ":")
    guard clock.count == 3, let hour = Int(clock[0]), let minute = Int(clock[1]),
      let second = Int(clock[2]), (1...31).contains(day), (0...23).contains(hour),
      (0...59).contains(minute), (0...60).contains(second)
    else { return nil }
    let days = self.days(fromCivil: year, month: monthIndex + 1, day: day)
    return days * 86_400 + hour * 3600 + minute * 60 + second
  }

  private static func pad(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  /// Days since 1970-01-01 of a Gregorian date (Hinnant's `days_from_civil`).
  private static func days(fromCivil year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The Gregorian date of a day count since 1970-01-01 (Hinnant's `civil_from_days`).
  private static func civil(fromDays count: Int) -> (year: Int, month: Int, day: Int) {
    let z = count + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shifted = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shifted + 2) / 5 + 1
    let month = shifted < 10 ? shifted + 3 : shifted - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
