module example.consumer {
  requires dev.partnerpoints.core;
  requires java.money;
}
