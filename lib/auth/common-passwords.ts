// The most common passwords from public breach lists (lower-cased). Length ≥ 8 and not all digits,
// since shorter or numeric ones are refused by other rules anyway.
const COMMON = new Set(
  `password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword passwort
  qwertyui qwertyuiop qwerty123 qwerty1234 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx zaq1zaq1
  abc12345 abcd1234 abcdefgh abcdefg1 aa123456 asdfghjk asdfghjkl asdf1234 azertyui azerty123
  iloveyou iloveyou1 iloveyou2 sunshine sunshine1 princess princess1 football football1 baseball
  baseball1 basketball welcome1 welcome123 welcome! letmein1 letmein123 trustno1 superman batman123
  starwars starwars1 whatever whatever1 computer computer1 internet michelle jennifer jessica1
  charlie1 michael1 jordan23 liverpool chelsea1 arsenal1 manchester dragon12 dragon123 monkey12
  monkey123 master12 master123 shadow12 shadow123 mustang1 freedom1 killer12 hunter12 hello123
  hello1234 helloworld changeme changeme1 changeme123 admin123 admin1234 administrator adminadmin
  root1234 rootroot test1234 testtest tester123 guest123 default1 secret12 secret123 login123
  access14 access123 master01 pass1234 pass12345 mypassword mypass123 qwerty12 qazwsxedc
  1234qwer 123qweasd qweasdzxc q1w2e3r4 q1w2e3r4t5 a1b2c3d4 a1234567 abc123456 zxcvbnm1
  zxcvbnm123 11111111a 12345678a 123456789a a12345678 password! password# p4ssw0rd football12
  samsung1 google123 facebook1 linkedin1 minecraft pokemon1 naruto123 blink182 metallica
  corvette1 ferrari1 mercedes1 yankees1 cowboys1 steelers1 rangers1 chocolate cookie123
  butterfly flower123 summer2024 summer2025 summer2026 winter2024 winter2025 winter2026
  spring2025 autumn2025 company1 company123 crewdesk crewdesk1 crewdesk123 letmein! secure123
  security1 unknown1 nothing1 anything1 something1 everything 987654321a iloveu123 lovely123
  babygirl1 tinkerbell angel123 beautiful loveme123 forever1 soccer12 soccer123 hockey12
  jordan123 harley12 matrix123 phoenix1 thomas12 robert12 daniel12 andrew12 joshua12`.split(/\s+/),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
